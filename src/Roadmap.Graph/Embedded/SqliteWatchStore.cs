using System.Text.Json;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Watches;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Embedded;

/// <summary>
/// Watches, their events, deliveries and delivery log in the data folder's SQLite database (migration 007), whatever
/// graph store serves the documents — like the audit trail and the API keys.
/// </summary>
public sealed partial class SqliteWatchStore(string databasePath) : IWatchStore
{
    private readonly string _connectionString = ServiceDatabase.ConnectionString(databasePath);

    public Task InitializeAsync(CancellationToken cancellationToken) => ServiceDatabase.EnsureAsync(databasePath, cancellationToken);

    public async Task SaveWatchAsync(Watch watch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO watches (id, owner_key_id, name, definition, created_at) VALUES ($id, $owner, $name, $definition, $created)
            ON CONFLICT (id) DO UPDATE SET owner_key_id = excluded.owner_key_id, name = excluded.name, definition = excluded.definition;
            """;
        command.Parameters.AddWithValue("$id", watch.Id);
        command.Parameters.AddWithValue("$owner", watch.OwnerKeyId);
        command.Parameters.AddWithValue("$name", watch.Name);
        command.Parameters.AddWithValue("$definition", JsonSerializer.Serialize(new WatchDefinition
        {
            Rules = watch.Rules,
            Documents = [.. watch.Documents],
            SignificantOnly = watch.SignificantOnly,
            Shares = [.. watch.Shares],
            Delivery = watch.Delivery,
        }, WatchJsonContext.Default.WatchDefinition));
        command.Parameters.AddWithValue("$created", StoredTime.Format(watch.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Watch?> GetWatchAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, owner_key_id, name, definition, created_at FROM watches WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadWatchesAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Watch>> ListWatchesAsync(string? keyId, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, owner_key_id, name, definition, created_at FROM watches ORDER BY created_at, id;";
        var all = await ReadWatchesAsync(command, cancellationToken);
        // Shares live in the definition: watches are few, so filtering here is cheaper than a second table to keep in step.
        return keyId is null ? all : [.. all.Where(w => w.CanView(keyId))];
    }

    public async Task<bool> RemoveWatchAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$id", id);
        // Foreign keys are off in this database (the graph's bulk writes), so the watch's rows go explicitly.
        command.CommandText = """
            DELETE FROM watch_delivery_log WHERE watch_id = $id;
            DELETE FROM watch_deliveries WHERE watch_id = $id;
            DELETE FROM watch_events WHERE watch_id = $id;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "DELETE FROM watches WHERE id = $id;";
        var removed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public async Task<long> GetCursorAsync(string projection, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT position FROM watch_cursors WHERE projection = $projection;";
        command.Parameters.AddWithValue("$projection", projection);
        return await command.ExecuteScalarAsync(cancellationToken) is long position ? position : 0;
    }

    private static async Task<List<Watch>> ReadWatchesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var watches = new List<Watch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var definition = JsonSerializer.Deserialize(reader.GetString(3), WatchJsonContext.Default.WatchDefinition)!;
            watches.Add(new Watch
            {
                Id = reader.GetString(0),
                OwnerKeyId = reader.GetString(1),
                Name = reader.GetString(2),
                Rules = definition.Rules,
                Documents = definition.Documents,
                SignificantOnly = definition.SignificantOnly,
                Shares = definition.Shares,
                Delivery = definition.Delivery,
                CreatedAt = StoredTime.Parse(reader.GetString(4)),
            });
        }

        return watches;
    }
}
