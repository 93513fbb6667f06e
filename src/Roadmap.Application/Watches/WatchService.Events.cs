using System.Globalization;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

public sealed partial class WatchService
{
    /// <summary>Events of the watches the caller may see (or of one), with the query's filters and cursor.</summary>
    public async Task<IReadOnlyList<WatchEvent>> EventsAsync(WatchCaller caller, string? watchId, WatchEventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyCollection<string>? ids = watchId is not null
            ? [(await GetAsync(caller, watchId, cancellationToken)).Id]
            : caller.IsAdmin ? null : [.. (await ListAsync(caller, cancellationToken)).Select(w => w.Id)];
        return await store.ListEventsAsync(query with { WatchIds = ids }, cancellationToken);
    }

    /// <summary>The events of a watch for its Atom feed: the token in the feed's URL stands for the key (feed readers send no headers).</summary>
    /// <returns>Null when no watch has that id and token.</returns>
    public async Task<(Watch Watch, IReadOnlyList<WatchEvent> Events)?> FeedAsync(string watchId, string token, int limit, CancellationToken cancellationToken)
    {
        var watch = await store.GetWatchAsync(watchId, cancellationToken);
        if (watch?.Delivery.FeedToken is not { } expected || !FixedTimeEquals(expected, token))
        {
            return null;
        }

        return (watch, await store.ListEventsAsync(new WatchEventQuery { WatchIds = [watch.Id], Limit = limit }, cancellationToken));
    }

    /// <summary>The delivery log of a watch: every attempt, newest first.</summary>
    public async Task<IReadOnlyList<DeliveryAttempt>> DeliveryLogAsync(WatchCaller caller, string watchId, int limit, CancellationToken cancellationToken)
    {
        var watch = await GetAsync(caller, watchId, cancellationToken);
        return await store.ListAttemptsAsync(watch.Id, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryItem>> DeliveriesAsync(WatchCaller caller, string watchId, int limit, CancellationToken cancellationToken)
    {
        var watch = await GetAsync(caller, watchId, cancellationToken);
        return await store.ListDeliveriesAsync(watch.Id, limit, cancellationToken);
    }

    /// <summary>Queues a test event on every channel of the watch, delivered at once (digests included) by the delivery service.</summary>
    public async Task<WatchEvent> TestDeliveryAsync(WatchCaller caller, string watchId, CancellationToken cancellationToken)
    {
        var watch = await ModifiableAsync(caller, watchId, cancellationToken);
        var now = time.GetUtcNow();
        var test = new WatchEvent
        {
            WatchId = watch.Id,
            Kind = WatchEventKind.Test,
            IdempotencyKey = $"{watch.Id}:test:{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}",
            Title = $"Test delivery for watch '{watch.Name}'",
            Actor = caller.KeyId,
            OccurredAt = now,
            RecordedAt = now,
        };
        var plan = DeliveryPlan.For(watch, now).Select(d => d with { DueAt = now }).ToList();
        // The projection cursor named here is the test's own, so the change cursor is untouched.
        await store.AppendEventsAsync("watches:tests", [new NewWatchEvent(test, plan)], 0, cancellationToken);
        return (await store.ListEventsAsync(new WatchEventQuery { WatchIds = [watch.Id], Kinds = [WatchEventKind.Test], Limit = 1 }, cancellationToken))[0];
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual ?? ""));
}
