using Roadmap.Core.Watches;

namespace Roadmap.TestKit.Conformance;

/// <summary>Several service instances on one database: each holds its own store object, and each event is still delivered once.</summary>
public abstract partial class WatchStoreConformance
{
    /// <summary>Another store object on the same database as <see cref="Store"/>, as a second service instance opens it.</summary>
    protected abstract Task<IWatchStore> OpenSecondStoreAsync();

    [Fact]
    public async Task ClaimDeliveriesAsync_TwoStoresConcurrently_EachDeliveryClaimedOnce()
    {
        // Arrange: 50 due webhook deliveries, and a second instance's store on the same database.
        const int Due = 50;
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        await Store.AppendEventsAsync("watches", [.. Enumerable.Range(1, Due).Select(i => Event("w_1", i, channels: DeliveryChannel.Webhook))], Due, Ct);
        var other = await OpenSecondStoreAsync();

        // Act: both instances claim a few at a time, in parallel loops, until nothing is due.
        var claims = await Task.WhenAll(ClaimUntilNoneDueAsync(Store, "a"), ClaimUntilNoneDueAsync(other, "b"));

        // Assert: every delivery was claimed, and by one instance only.
        var claimed = claims.SelectMany(c => c).ToList();
        claimed.ShouldBeUnique();
        var stored = await Store.ListDeliveriesAsync("w_1", Due + 10, Ct);
        claimed.Order().ShouldBe(stored.Select(d => d.Id).Order());
        stored.Count.ShouldBe(Due);
    }

    [Fact]
    public async Task AppendEventsAsync_TwoStoresConcurrently_StoreEachKeyOnce()
    {
        // Arrange: two instances' projections derive the same 30 events (as after a failover) and append them in small passes.
        const int Events = 30;
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        var other = await OpenSecondStoreAsync();
        var events = Enumerable.Range(1, Events).Select(i => Event("w_1", i, channels: DeliveryChannel.Webhook)).ToList();

        // Act
        var stored = await Task.WhenAll(AppendInPassesAsync(Store, events), AppendInPassesAsync(other, events));

        // Assert: each key once, numbered in a single order, each with its one delivery.
        stored.Sum().ShouldBe(Events);
        var listed = await Store.ListEventsAsync(new WatchEventQuery { AfterId = 0, Limit = Events + 10 }, Ct);
        listed.Select(e => e.IdempotencyKey).ShouldBe(events.Select(e => e.Event.IdempotencyKey), ignoreOrder: true);
        listed.Select(e => e.Id).ShouldBeUnique();
        (await Store.ListDeliveriesAsync("w_1", Events + 10, Ct)).Count.ShouldBe(Events);
        (await other.GetCursorAsync("watches", Ct)).ShouldBe(Events);
    }

    private static Task<int> AppendInPassesAsync(IWatchStore store, IReadOnlyList<NewWatchEvent> events) => Task.Run(
        async () =>
        {
            var stored = 0;
            foreach (var pass in events.Chunk(5))
            {
                stored += await store.AppendEventsAsync("watches", pass, pass[^1].Event.ChangeSeq ?? 0, Ct);
            }

            return stored;
        },
        Ct);

    private static Task<List<long>> ClaimUntilNoneDueAsync(IWatchStore store, string instance) => Task.Run(
        async () =>
        {
            var claimed = new List<long>();
            while (await store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, instance, T0, T0.AddMinutes(1), 3, Ct) is { Count: > 0 } batch)
            {
                claimed.AddRange(batch.Select(d => d.Id));
            }

            return claimed;
        },
        Ct);
}
