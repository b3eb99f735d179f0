using System.Globalization;
using Gateway.Sdk.Batch;
using Microsoft.Data.Sqlite;

namespace Gateway.Sdk.Sqlite;

/// <summary>Keeps a batch journal in a SQLite file: every record is committed to disk before the call returns, so a batch killed at any moment resumes from it.</summary>
/// <remarks>
/// The file holds one table, <c>filings</c> (key, message id, state, time of the last change, detail, the message's bytes),
/// in write-ahead-log mode with full synchronisation. One journal file serves one batch at a time; open it again after a
/// crash with the same path. Thread-safe: calls are serialised on one connection.
/// </remarks>
public sealed class SqliteBatchJournal : IBatchJournal, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Initializes a new instance of the <see cref="SqliteBatchJournal"/> class, creating the file and its table when needed.</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="timeProvider">The clock for <see cref="BatchEntry.UpdatedAt"/>; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="SqliteException">The file cannot be opened as a SQLite database.</exception>
    public SqliteBatchJournal(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _time = timeProvider ?? TimeProvider.System;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Execute("CREATE TABLE IF NOT EXISTS filings (key TEXT PRIMARY KEY, message_id TEXT NOT NULL, state INTEGER NOT NULL, updated_at TEXT NOT NULL, detail TEXT, content BLOB NOT NULL)");
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<BatchEntry>> LoadAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT key, message_id, state, updated_at, detail FROM filings ORDER BY rowid";
            using var reader = command.ExecuteReader();
            var entries = new List<BatchEntry>();
            while (reader.Read())
            {
                entries.Add(new BatchEntry(reader.GetString(0), reader.GetString(1), (BatchFilingState)reader.GetInt32(2), DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }

            return Task.FromResult<IReadOnlyList<BatchEntry>>(entries);
        }
    }

    /// <inheritdoc/>
    public Task PrepareAsync(string key, string messageId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        lock (_lock)
        {
            Execute(
                "INSERT INTO filings (key, message_id, state, updated_at, detail, content) VALUES ($key, $id, $state, $at, NULL, $content) ON CONFLICT(key) DO UPDATE SET message_id = $id, state = $state, updated_at = $at, detail = NULL, content = $content",
                ("$key", key), ("$id", messageId), ("$state", (int)BatchFilingState.Prepared), ("$at", Now()), ("$content", content.ToArray()));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<ReadOnlyMemory<byte>?> ContentAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT content FROM filings WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            return Task.FromResult(command.ExecuteScalar() is byte[] content ? (ReadOnlyMemory<byte>?)content : null);
        }
    }

    /// <inheritdoc/>
    public Task UpdateAsync(string key, BatchFilingState state, string? detail, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var changed = Execute("UPDATE filings SET state = $state, updated_at = $at, detail = $detail WHERE key = $key", ("$key", key), ("$state", (int)state), ("$at", Now()), ("$detail", (object?)detail ?? DBNull.Value));
            return changed == 1 ? Task.CompletedTask : Task.FromException(new InvalidOperationException($"filing {key} was never prepared; prepare it before updating it"));
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }
}
