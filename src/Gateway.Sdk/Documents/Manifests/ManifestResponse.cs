namespace Gateway.Sdk.Documents.Manifests;

/// <summary>Represents one processing result of an MT9999 receipt (<c>ResponseType</c>): a code and its text.</summary>
/// <param name="Code">The result code (<c>Code</c>).</param>
/// <param name="Text">The text (<c>Text</c>), often led by a 5-digit detail code, such as <c>21301 预配舱单主要数据传输成功</c>.</param>
public sealed record ManifestResponse(ManifestResponseCode Code, string? Text = null)
{
    /// <summary>Gets the 5-digit detail code that leads <see cref="Text"/>, or <see langword="null"/> when it has none.</summary>
    /// <remarks>The table of detail codes is not public; the SDK parses the number and leaves its meaning to the text.</remarks>
    public int? DetailCode => Text is { Length: >= 5 } t && t.AsSpan(0, 5).IndexOfAnyExceptInRange('0', '9') < 0 && (t.Length == 5 || !char.IsAsciiDigit(t[5]))
        ? int.Parse(t.AsSpan(0, 5), System.Globalization.CultureInfo.InvariantCulture)
        : null;

    /// <summary>Gets <see cref="Text"/> without its leading detail code.</summary>
    public string? Message => DetailCode is null ? Text : Text![5..].TrimStart();
}
