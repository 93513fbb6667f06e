using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Roadmap.Core.Watches;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteWatchStore
{
    internal const string EventColumns = "e.id, e.watch_id, e.kind, e.idempotency_key, e.document_key, e.committee_key, e.gap_id, e.title, e.before, e.after, e.significant, e.change_seq, e.actor, e.run_id, e.occurred_at, e.recorded_at";

    public async Task<int> AppendEventsAsync(string projection, IReadOnlyList<NewWatchEvent> events, long cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var stored = 0;
        foreach (var (watchEvent, deliveries) in events)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            // A replayed change (a pass that crashed after delivering elsewhere, a rebuilt cursor) is stored once.
            insert.CommandText = """
                INSERT INTO watch_events (watch_id, kind, idempotency_key, document_key, committee_key, gap_id, title, before, after,
                    significant, change_seq, actor, run_id, occurred_at, recorded_at)
                VALUES ($watch, $kind, $key, $document, $committee, $gap, $title, $before, $after, $significant, $seq, $actor, $run, $occurred, $recorded)
                ON CONFLICT (idempotency_key) DO NOTHING RETURNING id;
                """;
            insert.Parameters.AddWithValue("$watch", watchEvent.WatchId);
            insert.Parameters.AddWithValue("$kind", watchEvent.Kind.ToString());
            insert.Parameters.AddWithValue("$key", watchEvent.IdempotencyKey);
            insert.Parameters.AddWithValue("$document", ServiceDatabase.Nullable(watchEvent.DocumentKey));
            insert.Parameters.AddWithValue("$committee", ServiceDatabase.Nullable(watchEvent.CommitteeKey));
            insert.Parameters.AddWithValue("$gap", ServiceDatabase.Nullable(watchEvent.GapId));
            insert.Parameters.AddWithValue("$title", watchEvent.Title);
            insert.Parameters.AddWithValue("$before", ServiceDatabase.Nullable(watchEvent.Before));
            insert.Parameters.AddWithValue("$after", ServiceDatabase.Nullable(watchEvent.After));
            insert.Parameters.AddWithValue("$significant", watchEvent.Significant ? 1 : 0);
            insert.Parameters.AddWithValue("$seq", watchEvent.ChangeSeq is { } seq ? seq : DBNull.Value);
            insert.Parameters.AddWithValue("$actor", watchEvent.Actor);
            insert.Parameters.AddWithValue("$run", ServiceDatabase.Nullable(watchEvent.RunId));
            insert.Parameters.AddWithValue("$occurred", StoredTime.Format(watchEvent.OccurredAt));
            insert.Parameters.AddWithValue("$recorded", StoredTime.Format(watchEvent.RecordedAt));
            if (await insert.ExecuteScalarAsync(cancellationToken) is not long id)
            {
                continue;
            }

            stored++;
            foreach (var delivery in deliveries)
            {
                await using var pending = connection.CreateCommand();
                pending.Transaction = transaction;
                pending.CommandText = """
                    INSERT INTO watch_deliveries (event_id, watch_id, channel, state, attempts, next_attempt_at)
                    VALUES ($event, $watch, $channel, 'Pending', 0, $due) ON CONFLICT (event_id, channel) DO NOTHING;
                    """;
                pending.Parameters.AddWithValue("$event", id);
                pending.Parameters.AddWithValue("$watch", watchEvent.WatchId);
                pending.Parameters.AddWithValue("$channel", delivery.Channel.ToString());
                pending.Parameters.AddWithValue("$due", StoredTime.Format(delivery.DueAt));
                await pending.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var move = connection.CreateCommand())
        {
            move.Transaction = transaction;
            move.CommandText = """
                INSERT INTO watch_cursors (projection, position) VALUES ($projection, $position)
                ON CONFLICT (projection) DO UPDATE SET position = max(position, excluded.position);
                """;
            move.Parameters.AddWithValue("$projection", projection);
            move.Parameters.AddWithValue("$position", cursor);
            await move.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<IReadOnlyList<WatchEvent>> ListEventsAsync(WatchEventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await ServiceDatabase.OpenAsync(_connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.WatchIds is { } watches)
        {
            var names = watches.Select((w, i) => (Name: "$w" + i.ToString(CultureInfo.InvariantCulture), Value: w)).ToList();
            where.Append(" AND e.watch_id IN (").Append(names.Count == 0 ? "NULL" : string.Join(", ", names.Select(n => n.Name))).Append(')');
            names.ForEach(n => command.Parameters.AddWithValue(n.Name, n.Value));
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            where.Append(" AND e.kind IN (").Append(string.Join(", ", kinds.Select(k => $"'{k}'"))).Append(')');
        }

        AddFilter(command, where, "e.document_key", "$document", query.DocumentKey);
        AddFilter(command, where, "e.committee_key", "$committee", query.CommitteeKey);
        if (query.SignificantOnly)
        {
            where.Append(" AND e.significant = 1");
        }

        if (query.BeforeId is { } before)
        {
            where.Append(" AND e.id < $before");
            command.Parameters.AddWithValue("$before", before);
        }

        if (query.AfterId is { } after)
        {
            where.Append(" AND e.id > $after");
            command.Parameters.AddWithValue("$after", after);
        }

        var order = query.AfterId is null ? "DESC" : "ASC";
        command.CommandText = $"SELECT {EventColumns} FROM watch_events e {where} ORDER BY e.id {order} LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, WatchEventQuery.MaxLimit));
        var events = new List<WatchEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader, 0));
        }

        return events;
    }

    internal static WatchEvent ReadEvent(SqliteDataReader reader, int at) => new()
    {
        Id = reader.GetInt64(at),
        WatchId = reader.GetString(at + 1),
        Kind = Enum.Parse<WatchEventKind>(reader.GetString(at + 2)),
        IdempotencyKey = reader.GetString(at + 3),
        DocumentKey = reader.IsDBNull(at + 4) ? null : reader.GetString(at + 4),
        CommitteeKey = reader.IsDBNull(at + 5) ? null : reader.GetString(at + 5),
        GapId = reader.IsDBNull(at + 6) ? null : reader.GetString(at + 6),
        Title = reader.GetString(at + 7),
        Before = reader.IsDBNull(at + 8) ? null : reader.GetString(at + 8),
        After = reader.IsDBNull(at + 9) ? null : reader.GetString(at + 9),
        Significant = reader.GetInt64(at + 10) == 1,
        ChangeSeq = reader.IsDBNull(at + 11) ? null : reader.GetInt64(at + 11),
        Actor = reader.GetString(at + 12),
        RunId = reader.IsDBNull(at + 13) ? null : reader.GetString(at + 13),
        OccurredAt = StoredTime.Parse(reader.GetString(at + 14)),
        RecordedAt = StoredTime.Parse(reader.GetString(at + 15)),
    };

    private static void AddFilter(SqliteCommand command, StringBuilder where, string column, string parameter, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where.Append(" AND ").Append(column).Append(" = ").Append(parameter);
            command.Parameters.AddWithValue(parameter, value);
        }
    }
}
