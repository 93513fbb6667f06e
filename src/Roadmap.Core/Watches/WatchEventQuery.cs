namespace Roadmap.Core.Watches;

/// <summary>Which events to list: filters, then a keyset cursor over event ids (newest first, or oldest first after one).</summary>
public sealed record WatchEventQuery
{
    public const int MaxLimit = 500;

    /// <summary>Only these watches (null: every watch).</summary>
    public IReadOnlyCollection<string>? WatchIds { get; init; }

    public string? DocumentKey { get; init; }

    /// <summary>Events whose document's committee is this one (exact key).</summary>
    public string? CommitteeKey { get; init; }

    public IReadOnlyCollection<WatchEventKind>? Kinds { get; init; }

    public bool SignificantOnly { get; init; }

    /// <summary>Events numbered below this (paging back from the newest).</summary>
    public long? BeforeId { get; init; }

    /// <summary>Events numbered above this, oldest first (following a feed).</summary>
    public long? AfterId { get; init; }

    public int Limit { get; init; } = 50;
}
