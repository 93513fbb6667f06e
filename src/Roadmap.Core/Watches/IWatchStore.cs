namespace Roadmap.Core.Watches;

/// <summary>
/// The watches' port: watches, the events derived from the store's change sequence (with the projection's persisted
/// cursor), per-channel deliveries with a claim lease (so several service instances deliver each event once) and the
/// delivery log. The embedded SQLite implementation passes <c>WatchStoreConformance</c>; another store derives it too.
/// </summary>
public interface IWatchStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    Task SaveWatchAsync(Watch watch, CancellationToken cancellationToken);

    Task<Watch?> GetWatchAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every watch (for the projector), or those <paramref name="keyId"/> owns or has been shared.</summary>
    Task<IReadOnlyList<Watch>> ListWatchesAsync(string? keyId, CancellationToken cancellationToken);

    /// <summary>Removes a watch with its events and deliveries; false when there was none.</summary>
    Task<bool> RemoveWatchAsync(string id, CancellationToken cancellationToken);

    /// <summary>The number of the last store change the projection has taken in (0: none).</summary>
    Task<long> GetCursorAsync(string projection, CancellationToken cancellationToken);

    /// <summary>
    /// Stores events (one already stored under its idempotency key is skipped), a pending delivery per channel the
    /// event's watch has, and moves the projection's cursor — all in one transaction, so a crash stores all or nothing
    /// and the next pass resumes from the old cursor. Returns the events newly stored.
    /// </summary>
    Task<int> AppendEventsAsync(string projection, IReadOnlyList<NewWatchEvent> events, long cursor, CancellationToken cancellationToken);

    Task<IReadOnlyList<WatchEvent>> ListEventsAsync(WatchEventQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> due deliveries of a channel for <paramref name="instance"/> until
    /// <paramref name="leaseUntil"/>: a delivery is due when pending, its next attempt has come and no unexpired claim holds it.
    /// </summary>
    Task<IReadOnlyList<DeliveryItem>> ClaimDeliveriesAsync(DeliveryChannel channel, string instance, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records an attempt in the delivery log and settles the delivery: delivered, retried at <c>nextAttemptAt</c>, or
    /// dead-lettered; a Pending outcome without a next time keeps the claim (the instance retries at once, in process).
    /// </summary>
    Task RecordAttemptAsync(DeliveryAttempt attempt, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryAttempt>> ListAttemptsAsync(string? watchId, int limit, CancellationToken cancellationToken);

    /// <summary>The deliveries of a watch (or all), newest first.</summary>
    Task<IReadOnlyList<DeliveryItem>> ListDeliveriesAsync(string? watchId, int limit, CancellationToken cancellationToken);

    Task SaveFeedTokenAsync(FeedToken token, CancellationToken cancellationToken);

    /// <summary>The token with that hash, or null.</summary>
    Task<FeedToken?> FindFeedTokenAsync(string hash, CancellationToken cancellationToken);
}
