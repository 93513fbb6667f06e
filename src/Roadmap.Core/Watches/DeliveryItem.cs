namespace Roadmap.Core.Watches;

/// <summary>One event to deliver over one channel, with its state.</summary>
public sealed record DeliveryItem
{
    public required long Id { get; init; }

    public required WatchEvent Event { get; init; }

    public required DeliveryChannel Channel { get; init; }

    public required DeliveryState State { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset NextAttemptAt { get; init; }
}
