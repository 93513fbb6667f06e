using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

public sealed partial class Neo4jWatchStore
{
    private int BatchSize => _graph.BatchSize;

    public async Task<int> AppendEventsAsync(string projection, IReadOnlyList<NewWatchEvent> events, long cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        // One transaction: the events, their deliveries and the cursor are stored together or not at all. A retry runs it
        // whole again, re-reading the stored keys and sequences, so it stays idempotent.
        return await Client.WriteAsync(
            async (tx, ct) =>
            {
                var stored = events.Count == 0 ? 0 : await StoreEventsAsync(tx, events, ct);
                await tx.RunAsync(new CypherStatement(CypherStatements.MoveWatchCursor, Parameters(("projection", projection), ("position", cursor))), ct);
                return stored;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<WatchEvent>> ListEventsAsync(WatchEventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.WatchIds is { Count: 0 })
        {
            return [];
        }

        var document = string.IsNullOrWhiteSpace(query.DocumentKey) ? null : query.DocumentKey;
        var committee = string.IsNullOrWhiteSpace(query.CommitteeKey) ? null : query.CommitteeKey;
        // The most selective filter given drives the statement (an index seek); the rest are guards in it.
        var driver = document is not null ? "document" : committee is not null ? "committee" : query.WatchIds is not null ? "watches" : "all";
        var statement = CypherStatements.ListWatchEvents[CypherStatements.WatchEventListingKey(driver, ascending: query.AfterId is not null)];
        var result = await Client.RunAsync(
            new CypherStatement(
                statement,
                Parameters(
                    ("watchIds", query.WatchIds?.ToList()),
                    ("documentKey", document),
                    ("committeeKey", committee),
                    ("kinds", query.Kinds is { Count: > 0 } kinds ? kinds.Select(k => k.ToString()).ToList() : null),
                    ("significantOnly", query.SignificantOnly),
                    ("beforeId", query.BeforeId),
                    ("afterId", query.AfterId),
                    ("limit", Math.Clamp(query.Limit, 1, WatchEventQuery.MaxLimit)))),
            cancellationToken);
        return [.. result.Records.Select(WatchRows.ReadEvent)];
    }

    /// <summary>
    /// Stores the events whose idempotency key is new, with a pending delivery per channel, numbered from the sequences.
    /// The event sequence is locked first, so concurrent appenders queue there and never both store one key.
    /// </summary>
    private async Task<int> StoreEventsAsync(ICypherTransaction tx, IReadOnlyList<NewWatchEvent> events, CancellationToken cancellationToken)
    {
        var eventId = await LockSequenceAsync(tx, CypherStatements.WatchEventSequence, cancellationToken);
        var known = await StoredKeysAsync(tx, events, cancellationToken);
        var eventRows = new List<object?>();
        var pending = new List<(long EventId, string WatchId, PendingDelivery Delivery)>();
        foreach (var (watchEvent, deliveries) in events)
        {
            // Stored before, or earlier in this batch: the first one wins, as SQLite's ON CONFLICT DO NOTHING has it.
            if (!known.Add(watchEvent.IdempotencyKey))
            {
                continue;
            }

            eventRows.Add(WatchRows.EventRow(watchEvent, ++eventId));
            pending.AddRange(deliveries.DistinctBy(d => d.Channel).Select(d => (eventId, watchEvent.WatchId, d)));
        }

        await _graph.RunChunkedAsync(tx, CypherStatements.CreateWatchEvents, "rows", eventRows, cancellationToken);
        await AdvanceSequenceAsync(tx, CypherStatements.WatchEventSequence, eventId, cancellationToken);
        if (pending.Count > 0)
        {
            var deliveryId = await LockSequenceAsync(tx, CypherStatements.WatchDeliverySequence, cancellationToken);
            var deliveryRows = pending.Select(p => (object?)WatchRows.DeliveryRow(++deliveryId, p.EventId, p.WatchId, p.Delivery)).ToList();
            await _graph.RunChunkedAsync(tx, CypherStatements.CreateWatchDeliveries, "rows", deliveryRows, cancellationToken);
            await AdvanceSequenceAsync(tx, CypherStatements.WatchDeliverySequence, deliveryId, cancellationToken);
        }

        return eventRows.Count;
    }

    private async Task<HashSet<string>> StoredKeysAsync(ICypherTransaction tx, IReadOnlyList<NewWatchEvent> events, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in events.Select(e => e.Event.IdempotencyKey).Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var result = await tx.RunAsync(new CypherStatement(CypherStatements.FindWatchEventKeys, Parameters(("keys", chunk))), cancellationToken);
            known.UnionWith(result.Records.Select(r => r.RequiredString("key")));
        }

        return known;
    }

    private static async Task<long> LockSequenceAsync(ICypherTransaction tx, string name, CancellationToken cancellationToken) =>
        (await tx.RunAsync(new CypherStatement(CypherStatements.LockSequence, Parameters(("name", name))), cancellationToken)).SingleLong("value");

    private static async Task AdvanceSequenceAsync(ICypherTransaction tx, string name, long value, CancellationToken cancellationToken) =>
        await tx.RunAsync(new CypherStatement(CypherStatements.AdvanceWatchSequence, Parameters(("name", name), ("value", value))), cancellationToken);
}
