using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

public sealed partial class Neo4jWatchStore
{
    public async Task<IReadOnlyList<DeliveryItem>> ClaimDeliveriesAsync(
        DeliveryChannel channel, string instance, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        // One statement under the channel's lock (see ClaimWatchDeliveries): two instances claiming at once get disjoint deliveries.
        var result = await Client.RunAsync(
            new CypherStatement(
                CypherStatements.ClaimWatchDeliveries,
                Parameters(
                    ("channel", channel.ToString()),
                    ("instance", instance),
                    ("now", StoredTime.Format(now)),
                    ("leaseUntil", StoredTime.Format(leaseUntil)),
                    ("limit", Math.Max(1, limit)))),
            cancellationToken);
        return [.. result.Records.Select(WatchRows.ReadDelivery)];
    }

    public async Task RecordAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var parameters = Parameters(
            ("sequence", CypherStatements.WatchAttemptSequence),
            ("deliveryId", attempt.DeliveryId),
            ("watchId", attempt.WatchId),
            ("eventId", attempt.EventId),
            ("channel", attempt.Channel.ToString()),
            ("at", StoredTime.Format(attempt.At)),
            ("succeeded", attempt.Succeeded),
            ("detail", attempt.Detail),
            ("outcome", attempt.Outcome.ToString()),
            ("nextAttemptAt", attempt.NextAttemptAt is { } next ? StoredTime.Format(next) : null),
            ("instance", attempt.Instance));
        // The log line and the delivery's new state commit together.
        await Client.WriteAsync(
            async (tx, ct) => await tx.RunAsync(
                [new CypherStatement(CypherStatements.CreateWatchAttempt, parameters), new CypherStatement(CypherStatements.SettleWatchDelivery, parameters)],
                ct),
            cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryAttempt>> ListAttemptsAsync(string? watchId, int limit, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(
            new CypherStatement(
                CypherStatements.ListWatchAttempts[watchId is null ? "all" : "watch"],
                Parameters(("watchId", watchId), ("limit", Math.Clamp(limit, 1, WatchEventQuery.MaxLimit)))),
            cancellationToken);
        return [.. result.Records.Select(WatchRows.ReadAttempt)];
    }

    public async Task<IReadOnlyList<DeliveryItem>> ListDeliveriesAsync(string? watchId, int limit, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(
            new CypherStatement(
                CypherStatements.ListWatchDeliveries[watchId is null ? "all" : "watch"],
                Parameters(("watchId", watchId), ("limit", Math.Clamp(limit, 1, WatchEventQuery.MaxLimit)))),
            cancellationToken);
        return [.. result.Records.Select(WatchRows.ReadDelivery)];
    }
}
