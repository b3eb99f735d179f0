using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Simulator;

/// <summary>Is one accepted filing in the simulator's ledger.</summary>
internal sealed class LedgerEntry(LedgerLine line)
{
    public LedgerLine Line { get; } = line;

    public int Presented { get; set; } = 1;
}

/// <summary>Is one line of <c>ledger.jsonl</c>: an acceptance (all fields) or a further presentation (<see cref="Replay"/>).</summary>
internal sealed record LedgerLine(
    string Id,
    string Sha256,
    bool Replay = false,
    string? Family = null,
    string? MessageType = null,
    DateTimeOffset AcceptedAt = default,
    int Sequence = 0,
    string? Scenario = null,
    string? BusinessId = null,
    string? Office = null,
    ManifestFacts? Manifest = null);

/// <summary>Is what a manifest's receipts echo: sender, voyage, vessel, bills (master, house) and containers.</summary>
internal sealed record ManifestFacts(string Sender, string? Journey, string? Vessel, string?[][] Bills, string[] Containers)
{
    public static ManifestFacts? From(ReadOnlyMemory<byte> business)
    {
        if (new Gateway.Sdk.Documents.Manifests.ManifestXmlReader().Read(business.ToArray()).Value is not { } manifest)
        {
            return null;
        }

        var d = manifest.Declaration;
        return new ManifestFacts(
            manifest.Head.SenderId,
            d.BorderTransportMeans?.JourneyId,
            d.BorderTransportMeans?.Id,
            [.. d.Consignments.Select(static c => new[] { c.MasterBillId, c.HouseBillId })],
            [.. d.TransportEquipment.Concat(d.Consignments.SelectMany(static c => c.TransportEquipment)).Select(static e => e.ContainerId).OfType<string>().Distinct()]);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(LedgerLine))]
internal sealed partial class LedgerJson : JsonSerializerContext
{
}

/// <summary>Holds the filings the simulator accepted, one per client-side id; appends each change to <c>ledger.jsonl</c> when it has a folder.</summary>
/// <remarks>Each line is flushed to the operating system before the acknowledgement is sent, so a restarted process keeps every acknowledged filing.</remarks>
internal sealed class Ledger : IDisposable
{
    private readonly Dictionary<string, LedgerEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<LedgerEntry> _order = [];
    private readonly Lock _lock = new();
    private readonly FileStream? _file;

    public Ledger(string? directory)
    {
        if (directory is null)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "ledger.jsonl");
        if (File.Exists(path))
        {
            var number = 0;
            foreach (var text in File.ReadLines(path, Encoding.UTF8))
            {
                number++;
                if (text.Length == 0)
                {
                    continue;
                }

                LedgerLine line;
                try
                {
                    line = JsonSerializer.Deserialize(text, LedgerJson.Default.LedgerLine) ?? throw new JsonException("null");
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{path}:{number}: not a ledger line ({e.Message}); restore the file or start with an empty --data folder", e);
                }

                Apply(line);
            }
        }

        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _order.Count;
            }
        }
    }

    public LedgerEntry? Find(string id)
    {
        lock (_lock)
        {
            return _entries.GetValueOrDefault(id);
        }
    }

    public List<(LedgerLine Line, int Presented)> Snapshot()
    {
        lock (_lock)
        {
            return [.. _order.Select(e => (e.Line, e.Presented))];
        }
    }

    /// <summary>Counts another presentation of a known id with the same payload; returns the entry, or <see langword="null"/> when the id is new.</summary>
    /// <exception cref="LedgerConflictException">The id is known with a different payload.</exception>
    public LedgerEntry? Represent(string id, string sha256)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                return null;
            }

            if (entry.Line.Sha256 != sha256)
            {
                throw new LedgerConflictException(entry);
            }

            Write(new LedgerLine(id, sha256, Replay: true));
            entry.Presented++;
            return entry;
        }
    }

    /// <summary>Adds a filing, unless a concurrent request added the same id first (then it counts as a presentation of that one).</summary>
    /// <returns>The entry and whether it was already there.</returns>
    /// <exception cref="LedgerConflictException">The id is known with a different payload.</exception>
    public (LedgerEntry Entry, bool Replayed) Add(Func<int, LedgerLine> create, string id, string sha256)
    {
        lock (_lock)
        {
            if (Represent(id, sha256) is { } existing)
            {
                return (existing, true);
            }

            var line = create(_order.Count + 1);
            Write(line);
            return (Apply(line)!, false);
        }
    }

    public void Dispose() => _file?.Dispose();

    private LedgerEntry? Apply(LedgerLine line)
    {
        if (line.Replay)
        {
            if (_entries.TryGetValue(line.Id, out var known))
            {
                known.Presented++;
            }

            return known;
        }

        var entry = new LedgerEntry(line);
        _entries[line.Id] = entry;
        _order.Add(entry);
        return entry;
    }

    private void Write(LedgerLine line)
    {
        if (_file is null)
        {
            return;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(line, LedgerJson.Default.LedgerLine);
        _file.Write(bytes);
        _file.WriteByte((byte)'\n');
        _file.Flush();
    }
}

/// <summary>Reports a known id presented with a different payload.</summary>
internal sealed class LedgerConflictException(LedgerEntry entry) : Exception($"id {entry.Line.Id} was filed with a different payload")
{
    public LedgerEntry Entry { get; } = entry;
}
