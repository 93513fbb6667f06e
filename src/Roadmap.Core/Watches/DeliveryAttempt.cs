namespace Roadmap.Core.Watches;

/// <summary>One try at delivering, as the delivery log keeps it, and what it settles.</summary>
public sealed record DeliveryAttempt
{
    public long Id { get; init; }

    public required long DeliveryId { get; init; }

    public required string WatchId { get; init; }

    public required long EventId { get; init; }

    public required DeliveryChannel Channel { get; init; }

    public required DateTimeOffset At { get; init; }

    public required bool Succeeded { get; init; }

    /// <summary>The HTTP status, the SMTP reply or the exception's message.</summary>
    public required string Detail { get; init; }

    /// <summary>The state the delivery is in after this attempt.</summary>
    public required DeliveryState Outcome { get; init; }

    /// <summary>When to try again (Pending outcome).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The instance that made the attempt.</summary>
    public required string Instance { get; init; }
}
