namespace Roadmap.Core.Watches;

/// <summary>An event to store, with the channels it is to be delivered over and when each is due.</summary>
public sealed record NewWatchEvent(WatchEvent Event, IReadOnlyList<PendingDelivery> Deliveries);

/// <summary>A delivery to create: the channel and when it becomes due (now for webhooks, the digest's time for e-mail).</summary>
public sealed record PendingDelivery(DeliveryChannel Channel, DateTimeOffset DueAt);
