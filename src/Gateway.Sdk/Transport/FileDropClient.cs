using System.Runtime.CompilerServices;

namespace Gateway.Sdk.Transport;

/// <summary>Configures <see cref="FileDropClient"/>: the desktop client's folders.</summary>
public sealed record FileDropOptions
{
    /// <summary>Gets the folder that holds the four boxes, such as the E-Port client's data folder.</summary>
    public required string Root { get; init; }

    /// <summary>Gets the folder the desktop client sends from, relative to <see cref="Root"/>.</summary>
    /// <value><c>OutBox</c>.</value>
    public string OutBox { get; init; } = "OutBox";

    /// <summary>Gets the folder receipts arrive in.</summary>
    /// <value><c>InBox</c>.</value>
    public string InBox { get; init; } = "InBox";

    /// <summary>Gets the folder the desktop client moves sent messages to.</summary>
    /// <value><c>SentBox</c>.</value>
    public string SentBox { get; init; } = "SentBox";

    /// <summary>Gets the folder the desktop client moves messages it could not send to.</summary>
    /// <value><c>FailBox</c>.</value>
    public string FailBox { get; init; } = "FailBox";

    /// <summary>Gets how often <see cref="FileDropClient.WatchAsync"/> looks in the InBox.</summary>
    /// <value>2 seconds.</value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets the clock for polling and filing times.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

/// <summary>Files messages through the single-window desktop client's folders (the 客户端 "导入" connection mode), behind the same interface as <see cref="GatewayClient"/>.</summary>
/// <remarks>
/// <para>A message is written to <c>OutBox/{MsgType}_{id}.xml</c> atomically (a hidden temporary file, then a rename in
/// the same folder), so the desktop client never picks up half a file. The file name carries the client-side id: a
/// message whose file is already in OutBox or SentBox is not written again (<see cref="SubmissionResult.AlreadyFiled"/>),
/// and one with the same id but other content is refused (<c>GW409</c>). A file in FailBox counts as not filed.</para>
/// <para>Receipts are read, not moved, from InBox: every XML file there whose content belongs to the message
/// (declarations: <c>ClientSeqNo</c> in <c>DecImportResponse</c>, then the <c>SeqNo</c> it assigned in <c>DEC_RESULT</c>),
/// oldest first. A copy of the message in FailBox is reported as a final <see cref="ReceiptStatus.Failed"/> receipt with
/// code <c>FailBox</c>. The folder layout follows reference/china-formats.md §5.4 (confidence medium): check the names
/// your client version uses and set them in <see cref="FileDropOptions"/>.</para>
/// </remarks>
public sealed class FileDropClient : IGatewayClient
{
    private readonly FileDropOptions _options;

    /// <summary>Initializes a new instance of the <see cref="FileDropClient"/> class and creates any missing box.</summary>
    /// <param name="options">The folders.</param>
    /// <exception cref="ArgumentException"><see cref="FileDropOptions.Root"/> is empty.</exception>
    /// <exception cref="IOException">A box cannot be created.</exception>
    public FileDropClient(FileDropOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Root);
        _options = options;
        foreach (var box in new[] { options.OutBox, options.InBox, options.SentBox, options.FailBox })
        {
            Directory.CreateDirectory(Path.Combine(options.Root, box));
        }
    }

    /// <inheritdoc/>
    public async Task<SubmissionResult> SubmitAsync(GatewayMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = FileName(message.MessageType, message.Id);
        if (await AlreadyFiledAsync(message, cancellationToken).ConfigureAwait(false) is { } already)
        {
            return already;
        }

        var target = Path.Combine(_options.Root, _options.OutBox, name);
        var temporary = Path.Combine(_options.Root, _options.OutBox, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, message.Content.ToArray(), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException e)
        {
            // Another caller may have dropped the same message first.
            return File.Exists(target) && await AlreadyFiledAsync(message, cancellationToken).ConfigureAwait(false) is { } raced
                ? raced
                : throw new GatewayRequestException("TRN001", $"cannot write {target}: {e.Message}", null, true, false, message.Id, null, e);
        }
        finally
        {
            File.Delete(temporary);
        }

        GatewayTelemetry.Submissions.Add(1, new KeyValuePair<string, object?>("outcome", "filed"));
        return new SubmissionResult(new Filing(message.Id, message.Family, message.MessageType, _options.TimeProvider.GetUtcNow(), 1), false, 1, string.Empty);
    }

    /// <summary>Returns the filing when the message is already in OutBox or SentBox; throws <c>GW409</c> when another message holds its id.</summary>
    private async Task<SubmissionResult?> AlreadyFiledAsync(GatewayMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (Find(message.Id) is not { Failed: false } existing)
            {
                return null;
            }

            byte[] held;
            try
            {
                held = await File.ReadAllBytesAsync(existing.Path, cancellationToken).ConfigureAwait(false);
            }
            catch (FileNotFoundException) when (attempt < 3)
            {
                continue; // the desktop client moved it from OutBox to SentBox meanwhile
            }

            return GatewayMessage.FromXml(held).PayloadHash() == message.PayloadHash()
                ? new SubmissionResult(existing.Filing, true, 0, string.Empty)
                : throw new GatewayRequestException("GW409", $"{existing.Path} already holds a different message with id {message.Id}: give each filing its own id", 409, false, false, message.Id, null, null);
        }
    }

    /// <inheritdoc/>
    public Task<Filing?> GetStatusAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Task.FromResult(Find(id) is { Failed: false } found ? found.Filing : null);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GatewayReceipt>> GetReceiptsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var found = Find(id) ?? throw new GatewayRequestException("GW404", $"no message with id {id} in {_options.OutBox}, {_options.SentBox} or {_options.FailBox}", 404, false, false, id, null, null);
        var businessId = GatewayMessage.FromXml(await File.ReadAllBytesAsync(found.Path, cancellationToken).ConfigureAwait(false)).BusinessId;
        var parsed = new List<GatewayReceipt>();
        foreach (var file in new DirectoryInfo(Path.Combine(_options.Root, _options.InBox)).EnumerateFiles("*.xml").OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            parsed.Add(GatewayReceipts.Parse(xml, id, 0, null, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)));
        }

        var seqNos = parsed.Where(r => r.Declaration?.ClientSeqNo == businessId && r.Declaration.SeqNo is not null).Select(r => r.Declaration!.SeqNo).ToHashSet(StringComparer.Ordinal);
        var mine = parsed.Where(r => r.Declaration?.ClientSeqNo == businessId || (r.Declaration?.ClientSeqNo is null && r.Declaration?.SeqNo is { } seqNo && seqNos.Contains(seqNo))).ToList();
        if (found.Failed)
        {
            mine.Add(new GatewayReceipt { Family = found.Filing.Family, Code = "FailBox", Status = ReceiptStatus.Failed, Note = $"the desktop client could not send the message ({found.Path}); see its log", ReceivedAt = found.Filing.AcceptedAt, Xml = string.Empty });
        }

        return [.. mine.Select((r, i) => r with { MessageId = id, Sequence = i + 1 })];
    }

    /// <inheritdoc/>
    /// <remarks>Receipts are told apart by content, not position, so a file that arrives late with an older time is still yielded once.</remarks>
    public IAsyncEnumerable<GatewayReceipt> WatchAsync(string id, CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ReceiptWatcher.WatchAsync(
            async (after, ct) =>
            {
                var fresh = (await GetReceiptsAsync(id, ct).ConfigureAwait(false)).Where(r => seen.Add(r.Xml.Length > 0 ? r.Xml : r.Code)).ToList();
                return [.. fresh.Select((r, i) => r with { Sequence = after + i + 1 })];
            },
            _options.PollInterval,
            _options.TimeProvider,
            cancellationToken);
    }

    /// <summary>Names the file <c>{MsgType}_{id}.xml</c>, percent-encoding every character of the id but letters, digits, '.' and '-', so names are unique and safe.</summary>
    private static string FileName(string messageType, string id) => $"{messageType}_{EscapedId(id)}.xml";

    private static string EscapedId(string id) =>
        string.Concat(System.Text.Encoding.UTF8.GetBytes(id).Select(b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-' ? ((char)b).ToString() : $"%{b:X2}"));

    private (string Path, Filing Filing, bool Failed)? Find(string id)
    {
        foreach (var (box, failed) in new[] { (_options.OutBox, false), (_options.SentBox, false), (_options.FailBox, true) })
        {
            var folder = new DirectoryInfo(Path.Combine(_options.Root, box));
            var suffix = $"_{EscapedId(id)}.xml";
            var file = folder.EnumerateFiles("*.xml").FirstOrDefault(f => f.Name.EndsWith(suffix, StringComparison.Ordinal) && f.Name.IndexOf('_', StringComparison.Ordinal) == f.Name.Length - suffix.Length);
            if (file is not null)
            {
                var type = file.Name[..file.Name.IndexOf('_', StringComparison.Ordinal)];
                var family = GatewayMessage.Identify(File.ReadAllBytes(file.FullName), Xml.XmlLimits.Default).Value?.Family ?? "unknown";
                return (file.FullName, new Filing(id, family, type, new DateTimeOffset(file.CreationTimeUtc, TimeSpan.Zero), 1), failed);
            }
        }

        return null;
    }
}

/// <summary>Polls for new receipts until a final one: what every <see cref="IGatewayClient.WatchAsync"/> does.</summary>
internal static class ReceiptWatcher
{
    public static async IAsyncEnumerable<GatewayReceipt> WatchAsync(Func<int, CancellationToken, Task<IReadOnlyList<GatewayReceipt>>> newerThan, TimeSpan interval, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = 0;
        while (true)
        {
            foreach (var receipt in await newerThan(seen, cancellationToken).ConfigureAwait(false))
            {
                seen = receipt.Sequence;
                if (receipt.IssuedAt is { } issued && receipt.ReceivedAt is { } received)
                {
                    GatewayTelemetry.ReceiptLatency.Record((received - issued).TotalSeconds, new KeyValuePair<string, object?>("status", receipt.Status.ToString()));
                }

                yield return receipt;
                if (receipt.IsFinal)
                {
                    yield break;
                }
            }

            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
