namespace Roadmap.Core.Gaps;

/// <summary>
/// A topic nobody covers well enough, found by analysis or recorded by an editor. Everything a reader needs to judge
/// it is kept on the record: the evidence documents and how they map, the work that may close it, the priority with
/// its formula's terms, the status history and the runs that first saw and last changed it.
/// </summary>
public sealed record Gap
{
    /// <summary><c>gap:{topicId}</c> for gaps the analysis finds; editors' gaps get their own ids.</summary>
    public required string Id { get; init; }

    public required string TopicId { get; init; }

    public required string Statement { get; init; }

    public GapKind Kind { get; init; } = GapKind.NoCoverage;

    /// <summary>For <see cref="GapKind.NoPerspectiveWork"/>: the body whose view the finding takes.</summary>
    public string? Perspective { get; init; }

    /// <summary>Other kinds the same finding also is, on the same evidence; <see cref="Kind"/> is the one with the highest priority.</summary>
    /// <remarks>Never null: gaps stored before the member existed read back without it.</remarks>
    public IReadOnlyList<GapAspect> AlsoHolds { get => field ?? []; init; } = [];

    public GapStatus Status { get; init; } = GapStatus.Open;

    /// <summary>True when an editor created the gap rather than the analysis.</summary>
    public bool EditorCreated { get; init; }

    /// <summary>The priority score, 0–100; <see cref="PriorityBreakdown"/> says how it was reached.</summary>
    public double Priority { get; init; }

    /// <summary>The formula's score and terms (for an analysis gap, recomputed each run even when overridden).</summary>
    public GapPriority? PriorityBreakdown { get; init; }

    /// <summary>An editor's priority with its reason; while set, <see cref="Priority"/> is its score.</summary>
    public PriorityOverride? PriorityOverride { get; init; }

    /// <summary>True once an editor rewrote <see cref="Statement"/>: re-analysis keeps the editor's text.</summary>
    public bool StatementEdited { get; init; }

    /// <summary>True once an editor chose <see cref="SuggestedOwner"/>: re-analysis keeps the editor's choice.</summary>
    public bool OwnerEdited { get; init; }

    /// <summary>Documents that bear on the gap, each with how it maps to the topic and how sure the mapping is.</summary>
    public IReadOnlyList<GapEvidence> Evidence { get; init; } = [];

    /// <summary>Keys of documents in development that may close the gap.</summary>
    public IReadOnlyList<string> WorkInProgress { get; init; } = [];

    /// <summary>Who could take the work on, from the taxonomy's committee mandates, e.g. <c>ITU-T SG17 Q14/17</c>.</summary>
    public string? SuggestedOwner { get; init; }

    public string? SuggestedOwnerMandate { get; init; }

    public string? FirstSeenRun { get; init; }

    public string? LastChangedRun { get; init; }

    public IReadOnlyList<GapStatusChange> History { get; init; } = [];

    public IReadOnlyList<GapNote> Notes { get; init; } = [];

    /// <summary>
    /// Optimistic-concurrency version, kept by the store: 1 when first saved, one more on every change (a re-run that
    /// changes the content, a status change, a note, an edit). 0 for gaps that were never stored (an "as of" run's).
    /// </summary>
    public int Version { get; init; }

    /// <summary>When the store last changed the gap (set with <see cref="Version"/>).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The keys of the evidence documents.</summary>
    public IEnumerable<string> EvidenceKeys => Evidence.Select(e => e.DocumentKey);
}
