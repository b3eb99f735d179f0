namespace Gateway.Cli;

/// <summary>Reports on the thread that made the progress, unlike <see cref="Progress{T}"/>, so lines appear in order and before the summary.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
