using Microsoft.Data.Sqlite;
using Roadmap.Core.Watches;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteWatchStore
{
    private const string DeliveryColumns = "d.id, d.channel, d.state, d.attempts, d.next_attempt_at";

    public async Task<IReadOnlyList<DeliveryItem>> ClaimDeliveriesAsync(
        DeliveryChannel channel, string instance, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        // One write transaction (SQLite's writer lock): two instances claiming at once get disjoint rows.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var claimed = new List<long>();
        await using (var claim = connection.CreateCommand())
        {
            claim.Transaction = transaction;
            claim.CommandText = """
                UPDATE watch_deliveries SET claimed_by = $instance, claimed_until = $lease
                WHERE id IN (
                    SELECT id FROM watch_deliveries
                    WHERE channel = $channel AND state = 'Pending' AND next_attempt_at <= $now
                      AND (claimed_until IS NULL OR claimed_until < $now)
                    ORDER BY id LIMIT $limit)
                RETURNING id;
                """;
            claim.Parameters.AddWithValue("$instance", instance);
            claim.Parameters.AddWithValue("$lease", StoredTime.Format(leaseUntil));
            claim.Parameters.AddWithValue("$channel", channel.ToString());
            claim.Parameters.AddWithValue("$now", StoredTime.Format(now));
            claim.Parameters.AddWithValue("$limit", Math.Max(1, limit));
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(reader.GetInt64(0));
            }
        }

        var items = claimed.Count == 0 ? [] : await ReadDeliveriesAsync(connection, transaction, $"WHERE d.id IN ({string.Join(", ", claimed)}) ORDER BY d.id", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return items;
    }

    public async Task RecordAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO watch_delivery_log (delivery_id, watch_id, event_id, channel, at, succeeded, detail, outcome, next_attempt_at, instance)
            VALUES ($delivery, $watch, $event, $channel, $at, $succeeded, $detail, $outcome, $next, $instance);
            UPDATE watch_deliveries SET state = $outcome, attempts = attempts + 1,
                next_attempt_at = coalesce($next, next_attempt_at),
                claimed_by = CASE WHEN $outcome = 'Pending' AND $next IS NULL THEN claimed_by END,
                claimed_until = CASE WHEN $outcome = 'Pending' AND $next IS NULL THEN claimed_until END
            WHERE id = $delivery;
            """;
        command.Parameters.AddWithValue("$delivery", attempt.DeliveryId);
        command.Parameters.AddWithValue("$watch", attempt.WatchId);
        command.Parameters.AddWithValue("$event", attempt.EventId);
        command.Parameters.AddWithValue("$channel", attempt.Channel.ToString());
        command.Parameters.AddWithValue("$at", StoredTime.Format(attempt.At));
        command.Parameters.AddWithValue("$succeeded", attempt.Succeeded ? 1 : 0);
        command.Parameters.AddWithValue("$detail", attempt.Detail);
        command.Parameters.AddWithValue("$outcome", attempt.Outcome.ToString());
        command.Parameters.AddWithValue("$next", attempt.NextAttemptAt is { } next ? StoredTime.Format(next) : DBNull.Value);
        command.Parameters.AddWithValue("$instance", attempt.Instance);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryAttempt>> ListAttemptsAsync(string? watchId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, delivery_id, watch_id, event_id, channel, at, succeeded, detail, outcome, next_attempt_at, instance
            FROM watch_delivery_log {(watchId is null ? "" : "WHERE watch_id = $watch")} ORDER BY id DESC LIMIT $limit;
            """;
        if (watchId is not null)
        {
            command.Parameters.AddWithValue("$watch", watchId);
        }

        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, WatchEventQuery.MaxLimit));
        var attempts = new List<DeliveryAttempt>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            attempts.Add(new DeliveryAttempt
            {
                Id = reader.GetInt64(0),
                DeliveryId = reader.GetInt64(1),
                WatchId = reader.GetString(2),
                EventId = reader.GetInt64(3),
                Channel = Enum.Parse<DeliveryChannel>(reader.GetString(4)),
                At = StoredTime.Parse(reader.GetString(5)),
                Succeeded = reader.GetInt64(6) == 1,
                Detail = reader.GetString(7),
                Outcome = Enum.Parse<DeliveryState>(reader.GetString(8)),
                NextAttemptAt = reader.IsDBNull(9) ? null : StoredTime.Parse(reader.GetString(9)),
                Instance = reader.GetString(10),
            });
        }

        return attempts;
    }

    public async Task<IReadOnlyList<DeliveryItem>> ListDeliveriesAsync(string? watchId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        var where = watchId is null ? "" : "WHERE d.watch_id = $watch";
        await using var transaction = connection.BeginTransaction(deferred: true);
        var items = await ReadDeliveriesAsync(connection, transaction, $"{where} ORDER BY d.id DESC LIMIT $limit", cancellationToken, command =>
        {
            if (watchId is not null)
            {
                command.Parameters.AddWithValue("$watch", watchId);
            }

            command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, WatchEventQuery.MaxLimit));
        });
        await transaction.CommitAsync(cancellationToken);
        return items;
    }

    private static async Task<List<DeliveryItem>> ReadDeliveriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, string tail, CancellationToken cancellationToken, Action<SqliteCommand>? bind = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {DeliveryColumns}, {EventColumns} FROM watch_deliveries d JOIN watch_events e ON e.id = d.event_id {tail};";
        bind?.Invoke(command);
        var items = new List<DeliveryItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new DeliveryItem
            {
                Id = reader.GetInt64(0),
                Channel = Enum.Parse<DeliveryChannel>(reader.GetString(1)),
                State = Enum.Parse<DeliveryState>(reader.GetString(2)),
                Attempts = (int)reader.GetInt64(3),
                NextAttemptAt = StoredTime.Parse(reader.GetString(4)),
                Event = ReadEvent(reader, 5),
            });
        }

        return items;
    }
}
