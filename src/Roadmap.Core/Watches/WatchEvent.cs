namespace Roadmap.Core.Watches;

/// <summary>Something a watch asked to hear about, derived from one store change (or gap/overlap record); stored once per watch.</summary>
public sealed record WatchEvent
{
    /// <summary>The event store's number (0 before it is stored): feeds and cursors follow it.</summary>
    public long Id { get; init; }

    public required string WatchId { get; init; }

    public required WatchEventKind Kind { get; init; }

    /// <summary>Unique per watch and fact (<c>w_…:change:42:StageChange</c>): a replayed change is stored once, and receivers drop repeats by it.</summary>
    public required string IdempotencyKey { get; init; }

    public string? DocumentKey { get; init; }

    public string? CommitteeKey { get; init; }

    public string? GapId { get; init; }

    /// <summary>One line for people, e.g. <c>ISO/DIS 22739: 40.20 → 50.00 (FDIS)</c>.</summary>
    public required string Title { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>True when the change is one of its body's significant transitions (or a new document or edition).</summary>
    public bool Significant { get; init; }

    /// <summary>The store change it comes from (null for gap and overlap events).</summary>
    public long? ChangeSeq { get; init; }

    /// <summary>Who or what made the change (<c>crawl:iso</c>, <c>editor:alice</c>) and its run.</summary>
    public required string Actor { get; init; }

    public string? RunId { get; init; }

    /// <summary>When the change happened (recorded by the store).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>When the event was derived.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
