using Roadmap.Core.Documents;
using Roadmap.Core.Watches;

namespace Roadmap.TestKit.Conformance;

/// <summary>
/// The behaviour every watch store must have, written once (derive and implement <see cref="CreateStoreAsync"/>):
/// watches with sharing, events stored once per idempotency key with the projection cursor in the same write, and
/// deliveries claimed under a lease so that several instances deliver each event once.
/// </summary>
public abstract partial class WatchStoreConformance : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private IWatchStore? _store;

    protected IWatchStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialised store.</summary>
    protected abstract Task<IWatchStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected static Watch Watch(string id, string owner = "k_owner", params WatchShare[] shares) => new()
    {
        Id = id,
        OwnerKeyId = owner,
        Name = "DLT at ISO " + id,
        Rules = new WatchRules { Bodies = ["ISO"], Committees = ["ISO/TC 307"], Kinds = [DocumentKind.Standard], DesignationPattern = "^ISO" },
        Documents = ["ITU-T X.1401"],
        SignificantOnly = true,
        Shares = shares,
        Delivery = new WatchDelivery { WebhookUrl = new Uri("http://127.0.0.1:9/hook"), WebhookSecret = "s3cret", Email = "a@example.org", Digest = DigestSchedule.Daily, FeedToken = "ft" },
        CreatedAt = T0,
    };

    protected static NewWatchEvent Event(string watchId, long seq, string document = "ISO 22739", params DeliveryChannel[] channels) => new(
        new WatchEvent
        {
            WatchId = watchId,
            Kind = WatchEventKind.StageChange,
            IdempotencyKey = $"{watchId}:change:{seq}:StageChange",
            DocumentKey = document,
            CommitteeKey = "ISO/TC 307",
            Title = $"{document}: 40.99 → 50.00 (FDIS)",
            Before = "40.99",
            After = "50.00",
            Significant = true,
            ChangeSeq = seq,
            Actor = "crawl:iso",
            RunId = "run-1",
            OccurredAt = T0,
            RecordedAt = T0.AddSeconds(1),
        },
        [.. channels.Select(c => new PendingDelivery(c, T0))]);

    [Fact]
    public async Task SaveWatchAsync_ThenGet_RoundTripsEveryField()
    {
        // Arrange
        var watch = Watch("w_1", "k_owner", new WatchShare("k_bob", WatchRight.Modify));

        // Act
        await Store.SaveWatchAsync(watch, Ct);
        var read = await Store.GetWatchAsync("w_1", Ct);

        // Assert
        read.ShouldNotBeNull();
        read.Rules.Bodies.ShouldBe(watch.Rules.Bodies);
        read.Rules.Committees.ShouldBe(watch.Rules.Committees);
        read.Rules.Kinds.ShouldBe(watch.Rules.Kinds);
        read.Rules.DesignationPattern.ShouldBe(watch.Rules.DesignationPattern);
        read.Documents.ShouldBe(watch.Documents);
        read.Shares.ShouldBe(watch.Shares);
        read.Delivery.ShouldBe(watch.Delivery);
        (read.Name, read.OwnerKeyId, read.SignificantOnly, read.CreatedAt).ShouldBe((watch.Name, watch.OwnerKeyId, true, T0));
    }

    [Fact]
    public async Task ListWatchesAsync_ByKey_OwnedAndSharedOnly()
    {
        // Arrange
        await Store.SaveWatchAsync(Watch("w_1", "k_alice"), Ct);
        await Store.SaveWatchAsync(Watch("w_2", "k_bob", new WatchShare("k_alice", WatchRight.View)), Ct);
        await Store.SaveWatchAsync(Watch("w_3", "k_bob"), Ct);

        // Act
        var alice = await Store.ListWatchesAsync("k_alice", Ct);
        var all = await Store.ListWatchesAsync(null, Ct);

        // Assert
        alice.Select(w => w.Id).ShouldBe(["w_1", "w_2"], ignoreOrder: true);
        all.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AppendEventsAsync_Replayed_StoresOnceAndMovesCursor()
    {
        // Arrange
        await Store.SaveWatchAsync(Watch("w_1"), Ct);

        // Act
        var first = await Store.AppendEventsAsync("watches", [Event("w_1", 5, channels: DeliveryChannel.Webhook)], 5, Ct);
        var again = await Store.AppendEventsAsync("watches", [Event("w_1", 5, channels: DeliveryChannel.Webhook)], 5, Ct);

        // Assert
        (first, again).ShouldBe((1, 0));
        (await Store.GetCursorAsync("watches", Ct)).ShouldBe(5);
        (await Store.ListEventsAsync(new WatchEventQuery(), Ct)).ShouldHaveSingleItem().ChangeSeq.ShouldBe(5);
        (await Store.ListDeliveriesAsync("w_1", 10, Ct)).ShouldHaveSingleItem().State.ShouldBe(DeliveryState.Pending);
    }

    [Fact]
    public async Task AppendEventsAsync_CursorNeverMovesBack()
    {
        // Act
        await Store.AppendEventsAsync("watches", [], 9, Ct);
        await Store.AppendEventsAsync("watches", [], 4, Ct);

        // Assert
        (await Store.GetCursorAsync("watches", Ct)).ShouldBe(9);
        (await Store.GetCursorAsync("other", Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task ListEventsAsync_FiltersAndCursors()
    {
        // Arrange
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        await Store.SaveWatchAsync(Watch("w_2"), Ct);
        await Store.AppendEventsAsync("watches", [Event("w_1", 1), Event("w_1", 2, "ISO 23257"), Event("w_2", 3)], 3, Ct);

        // Act
        var newest = await Store.ListEventsAsync(new WatchEventQuery { WatchIds = ["w_1"], Limit = 1 }, Ct);
        var older = await Store.ListEventsAsync(new WatchEventQuery { WatchIds = ["w_1"], BeforeId = newest[0].Id }, Ct);
        var after = await Store.ListEventsAsync(new WatchEventQuery { AfterId = older[0].Id }, Ct);
        var byDocument = await Store.ListEventsAsync(new WatchEventQuery { DocumentKey = "ISO 23257" }, Ct);

        // Assert
        newest.ShouldHaveSingleItem().ChangeSeq.ShouldBe(2);
        older.ShouldHaveSingleItem().ChangeSeq.ShouldBe(1);
        after.Select(e => e.ChangeSeq).ShouldBe([2L, 3L]);
        byDocument.ShouldHaveSingleItem().WatchId.ShouldBe("w_1");
        (await Store.ListEventsAsync(new WatchEventQuery { WatchIds = [] }, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClaimDeliveriesAsync_TwoInstances_ClaimEachOnce()
    {
        // Arrange
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        await Store.AppendEventsAsync("watches", [.. Enumerable.Range(1, 6).Select(i => Event("w_1", i, channels: DeliveryChannel.Webhook))], 6, Ct);

        // Act
        var a = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0, T0.AddMinutes(1), 4, Ct);
        var b = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "b", T0, T0.AddMinutes(1), 4, Ct);
        var none = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "c", T0.AddSeconds(30), T0.AddMinutes(2), 4, Ct);
        var email = await Store.ClaimDeliveriesAsync(DeliveryChannel.Email, "c", T0, T0.AddMinutes(1), 4, Ct);

        // Assert
        a.Count.ShouldBe(4);
        b.Count.ShouldBe(2);
        a.Select(d => d.Id).Intersect(b.Select(d => d.Id)).ShouldBeEmpty();
        none.ShouldBeEmpty();
        email.ShouldBeEmpty();
    }

    [Fact]
    public async Task ClaimDeliveriesAsync_ExpiredLease_IsTakenOver()
    {
        // Arrange: instance a claims, then dies without recording anything.
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        await Store.AppendEventsAsync("watches", [Event("w_1", 1, channels: DeliveryChannel.Webhook)], 1, Ct);
        await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0, T0.AddMinutes(1), 10, Ct);

        // Act
        var taken = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "b", T0.AddMinutes(2), T0.AddMinutes(3), 10, Ct);

        // Assert
        taken.ShouldHaveSingleItem().Event.ChangeSeq.ShouldBe(1);
    }

    [Fact]
    public async Task RecordAttemptAsync_RetryThenDeadLetter_LoggedAndSettled()
    {
        // Arrange
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        await Store.AppendEventsAsync("watches", [Event("w_1", 1, channels: DeliveryChannel.Webhook)], 1, Ct);
        var item = (await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0, T0.AddMinutes(1), 10, Ct)).Single();
        DeliveryAttempt Attempt(DeliveryState outcome, DateTimeOffset at, DateTimeOffset? next) => new()
        {
            DeliveryId = item.Id,
            WatchId = "w_1",
            EventId = item.Event.Id,
            Channel = DeliveryChannel.Webhook,
            At = at,
            Succeeded = false,
            Detail = "HTTP 500",
            Outcome = outcome,
            NextAttemptAt = next,
            Instance = "a",
        };

        // Act: a retry due in 10 s, then a dead letter.
        await Store.RecordAttemptAsync(Attempt(DeliveryState.Pending, T0, T0.AddSeconds(10)), Ct);
        var early = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0.AddSeconds(5), T0.AddMinutes(1), 10, Ct);
        var due = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0.AddSeconds(10), T0.AddMinutes(1), 10, Ct);
        await Store.RecordAttemptAsync(Attempt(DeliveryState.DeadLetter, T0.AddSeconds(10), null), Ct);
        var after = await Store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0.AddHours(1), T0.AddHours(2), 10, Ct);

        // Assert
        early.ShouldBeEmpty();
        due.ShouldHaveSingleItem().Attempts.ShouldBe(1);
        after.ShouldBeEmpty();
        var delivery = (await Store.ListDeliveriesAsync("w_1", 10, Ct)).ShouldHaveSingleItem();
        (delivery.State, delivery.Attempts).ShouldBe((DeliveryState.DeadLetter, 2));
        (await Store.ListAttemptsAsync("w_1", 10, Ct)).Select(a => a.Outcome).ShouldBe([DeliveryState.DeadLetter, DeliveryState.Pending]);
    }

    [Fact]
    public async Task RemoveWatchAsync_RemovesItsEventsAndDeliveries()
    {
        // Arrange
        await Store.SaveWatchAsync(Watch("w_1"), Ct);
        await Store.AppendEventsAsync("watches", [Event("w_1", 1, channels: DeliveryChannel.Webhook)], 1, Ct);

        // Act
        var removed = await Store.RemoveWatchAsync("w_1", Ct);
        var again = await Store.RemoveWatchAsync("w_1", Ct);

        // Assert
        (removed, again).ShouldBe((true, false));
        (await Store.GetWatchAsync("w_1", Ct)).ShouldBeNull();
        (await Store.ListEventsAsync(new WatchEventQuery(), Ct)).ShouldBeEmpty();
        (await Store.ListDeliveriesAsync(null, 10, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SaveFeedTokenAsync_ThenFindByHash()
    {
        // Arrange
        var token = new FeedToken { Hash = "abc", Scope = FeedScope.Committee, Target = "ISO/TC 307", OwnerKeyId = "k_1", CreatedAt = T0 };

        // Act
        await Store.SaveFeedTokenAsync(token, Ct);

        // Assert
        (await Store.FindFeedTokenAsync("abc", Ct)).ShouldBe(token);
        (await Store.FindFeedTokenAsync("abd", Ct)).ShouldBeNull();
    }
}
