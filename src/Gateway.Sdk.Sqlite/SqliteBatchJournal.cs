using System.Globalization;
using Gateway.Sdk;
using Gateway.Sdk.Batch;
using Gateway.Sdk.Transport;
using Microsoft.Data.Sqlite;

namespace Gateway.Sdk.Sqlite;

/// <summary>Keeps a batch journal in a SQLite file: every record is committed to disk before the call returns, so a batch killed at any moment resumes from it.</summary>
/// <remarks>
/// The file holds two tables, <c>filings</c> (key, message id, state, times prepared, filed and last changed, family, labels,
/// detail, the message's bytes) and <c>receipts</c> (one row per filing and receipt sequence), in write-ahead-log mode with full synchronisation. One journal file serves one batch at a time; open it again after a
/// crash with the same path. The file is locked while open: a second journal on the same file fails with a message
/// saying it is in use. Thread-safe: calls are serialised on one connection.
/// </remarks>
public sealed class SqliteBatchJournal : IBatchJournal, IDisposable
{
    /// <summary>The layout of the tables, kept in <c>PRAGMA user_version</c>.</summary>
    private const int Layout = 2;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Initializes a new instance of the <see cref="SqliteBatchJournal"/> class, creating the file and its tables when needed.</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="timeProvider">The clock for <see cref="BatchEntry.UpdatedAt"/>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="InvalidDataException">The file is not a SQLite database, or is a journal of another layout (an earlier version of the SDK).</exception>
    public SqliteBatchJournal(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _time = timeProvider ?? TimeProvider.System;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 2 }.ToString());
        long version;
        try
        {
            // One run per journal: the exclusive lock, taken at the first access and held until closed, keeps a second
            // batch (another terminal, a second worker host) from interleaving its records with this one's.
            _connection.Open();
            Execute("PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            version = Convert.ToInt64(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
            Execute("BEGIN IMMEDIATE; COMMIT;");
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw e.SqliteErrorCode is 5 or 6
                ? new InvalidDataException($"{path}: the journal is in use by another gateway batch or report; wait for it to end, or give another --journal", e)
                : new InvalidDataException($"{path}: not a batch journal ({e.Message}); give the --journal file of a gateway batch run, or a new file name", e);
        }

        var tables = Convert.ToInt64(Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), CultureInfo.InvariantCulture);
        if (tables > 0 && version != Layout)
        {
            _connection.Dispose();
            throw new InvalidDataException($"{path}: journal layout {version}, this SDK reads layout {Layout}; finish that batch with the version that started it, or start a new journal file");
        }

        Execute($"""
            CREATE TABLE IF NOT EXISTS filings (key TEXT PRIMARY KEY, message_id TEXT NOT NULL, state INTEGER NOT NULL, prepared_at TEXT NOT NULL, updated_at TEXT NOT NULL,
                filed_at TEXT, family TEXT, labels TEXT NOT NULL, detail TEXT, content BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS receipts (key TEXT NOT NULL, sequence INTEGER NOT NULL, code TEXT NOT NULL, status INTEGER NOT NULL, final INTEGER NOT NULL,
                issued_at TEXT, received_at TEXT NOT NULL, description TEXT NOT NULL, note TEXT, entry_id TEXT, PRIMARY KEY (key, sequence));
            PRAGMA user_version = {Layout};
            """);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<BatchEntry>> LoadAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var receipts = new Dictionary<string, List<BatchReceipt>>(StringComparer.Ordinal);
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT key, sequence, code, status, final, issued_at, received_at, description, note, entry_id FROM receipts ORDER BY key, sequence";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var receipt = new BatchReceipt(reader.GetInt32(1), reader.GetString(2), (ReceiptStatus)reader.GetInt32(3), reader.GetInt32(4) != 0, Time(reader, 5), Time(reader, 6)!.Value, reader.GetString(7), Text(reader, 8), Text(reader, 9));
                    (receipts.TryGetValue(reader.GetString(0), out var list) ? list : receipts[reader.GetString(0)] = []).Add(receipt);
                }
            }

            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT key, message_id, state, updated_at, detail, prepared_at, filed_at, family, labels FROM filings ORDER BY rowid";
                using var reader = command.ExecuteReader();
                var entries = new List<BatchEntry>();
                while (reader.Read())
                {
                    var key = reader.GetString(0);
                    var recorded = receipts.GetValueOrDefault(key) ?? [];

                    // A stop between recording a final receipt and moving the state: the receipt decides.
                    var state = (BatchFilingState)reader.GetInt32(2) is BatchFilingState.Filed && recorded.Exists(static r => r.IsFinal) ? BatchFilingState.Answered : (BatchFilingState)reader.GetInt32(2);
                    entries.Add(new BatchEntry(key, reader.GetString(1), state, Time(reader, 3)!.Value, Text(reader, 4))
                    {
                        PreparedAt = Time(reader, 5)!.Value,
                        FiledAt = Time(reader, 6),
                        Family = Text(reader, 7),
                        Labels = reader.GetString(8).Split(',', StringSplitOptions.RemoveEmptyEntries),
                        Receipts = recorded,
                    });
                }

                return Task.FromResult<IReadOnlyList<BatchEntry>>(entries);
            }
        }
    }

    /// <inheritdoc/>
    public Task PrepareAsync(string key, string messageId, ReadOnlyMemory<byte> content, IReadOnlyList<string> labels, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.FirstOrDefault(static l => l.Length == 0 || l.Contains(',', StringComparison.Ordinal)) is { } bad)
        {
            throw new ArgumentException($"label '{bad}' is empty or holds a comma; labels are single words such as rcep", nameof(labels));
        }

        lock (_lock)
        {
            var now = Now();
            Execute(
                "INSERT OR REPLACE INTO filings (key, message_id, state, prepared_at, updated_at, filed_at, family, labels, detail, content) VALUES ($key, $id, $state, $at, $at, NULL, NULL, $labels, NULL, $content)",
                ("$key", key), ("$id", messageId), ("$state", (int)BatchFilingState.Prepared), ("$at", now), ("$labels", string.Join(',', labels)), ("$content", content.ToArray()));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<ReadOnlyMemory<byte>?> ContentAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Scalar("SELECT content FROM filings WHERE key = $key", ("$key", key)) is byte[] content ? (ReadOnlyMemory<byte>?)content : null);
        }
    }

    /// <inheritdoc/>
    public Task FiledAsync(string key, Filing filing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return Change(key, "UPDATE filings SET state = $state, updated_at = $at, filed_at = $filed, family = $family WHERE key = $key", ("$state", (int)BatchFilingState.Filed), ("$filed", filing.AcceptedAt.ToString("O", CultureInfo.InvariantCulture)), ("$family", filing.Family));
    }

    /// <inheritdoc/>
    public Task RefusedAsync(string key, string detail, CancellationToken cancellationToken = default) =>
        Change(key, "UPDATE filings SET state = $state, updated_at = $at, detail = $detail WHERE key = $key", ("$state", (int)BatchFilingState.Refused), ("$detail", detail));

    /// <inheritdoc/>
    public Task ReceiptAsync(string key, BatchReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        lock (_lock)
        {
            if (Scalar("SELECT count(*) FROM filings WHERE key = $key", ("$key", key)) is 0L)
            {
                return Task.FromException(Unprepared(key));
            }

            var added = Execute(
                "INSERT OR IGNORE INTO receipts (key, sequence, code, status, final, issued_at, received_at, description, note, entry_id) VALUES ($key, $seq, $code, $status, $final, $issued, $received, $description, $note, $entry)",
                ("$key", key), ("$seq", receipt.Sequence), ("$code", receipt.Code), ("$status", (int)receipt.Status), ("$final", receipt.IsFinal ? 1 : 0),
                ("$issued", (object?)receipt.IssuedAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value), ("$received", receipt.ReceivedAt.ToString("O", CultureInfo.InvariantCulture)),
                ("$description", receipt.Description), ("$note", (object?)receipt.Note ?? DBNull.Value), ("$entry", (object?)receipt.EntryId ?? DBNull.Value));
            // Without a transaction: after a stop between the two statements, LoadAsync derives the state from the final receipt.
            if (added == 1)
            {
                Execute("UPDATE filings SET updated_at = $at, state = CASE WHEN $final = 1 THEN $answered ELSE state END WHERE key = $key", ("$key", key), ("$at", Now()), ("$final", receipt.IsFinal ? 1 : 0), ("$answered", (int)BatchFilingState.Answered));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    private static InvalidOperationException Unprepared(string key) => new($"filing {key} was never prepared; prepare it before updating it");

    private static DateTimeOffset? Time(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private Task Change(string key, string sql, params (string Name, object Value)[] parameters)
    {
        lock (_lock)
        {
            return Execute(sql, [("$key", key), ("$at", Now()), .. parameters]) == 1 ? Task.CompletedTask : Task.FromException(Unprepared(key));
        }
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
