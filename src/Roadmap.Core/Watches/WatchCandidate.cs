using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Watches;

/// <summary>
/// A fact every watch is matched against: one kind of event a store change (or gap, or overlap) gives, with what the
/// rules look at already resolved — the committee's and topics' ancestors — so matching stays pure.
/// </summary>
public sealed record WatchCandidate
{
    public required WatchEventKind Kind { get; init; }

    public required string IdempotencySuffix { get; init; }

    public required string Title { get; init; }

    public string? DocumentKey { get; init; }

    public string? Body { get; init; }

    public DocumentKind? DocumentKind { get; init; }

    public string? Designation { get; init; }

    /// <summary>The stage the document is in after the change.</summary>
    public LifecycleStage? Stage { get; init; }

    public string? CommitteeKey { get; init; }

    /// <summary>The document's (or gap's, or overlap's) committees with all their ancestors.</summary>
    public IReadOnlySet<string> CommitteeLineage { get; init; } = new HashSet<string>();

    /// <summary>The document's (or gap's) topics with all their ancestors.</summary>
    public IReadOnlySet<string> TopicLineage { get; init; } = new HashSet<string>();

    public string? GapId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public bool Significant { get; init; }

    public long? ChangeSeq { get; init; }

    public required string Actor { get; init; }

    public string? RunId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public bool IsDocumentEvent => Kind is WatchEventKind.NewDocument or WatchEventKind.NewEdition or WatchEventKind.StageChange
        or WatchEventKind.Withdrawn or WatchEventKind.Superseded;

    public bool IsGapEvent => Kind is WatchEventKind.GapOpened or WatchEventKind.GapChanged or WatchEventKind.GapClosed;

    /// <summary>The event this candidate becomes for <paramref name="watch"/>.</summary>
    public WatchEvent ToEvent(Watch watch, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(watch);
        return new WatchEvent
        {
            WatchId = watch.Id,
            Kind = Kind,
            IdempotencyKey = $"{watch.Id}:{IdempotencySuffix}",
            DocumentKey = DocumentKey,
            CommitteeKey = CommitteeKey,
            GapId = GapId,
            Title = Title,
            Before = Before,
            After = After,
            Significant = Significant,
            ChangeSeq = ChangeSeq,
            Actor = Actor,
            RunId = RunId,
            OccurredAt = OccurredAt,
            RecordedAt = recordedAt,
        };
    }
}
