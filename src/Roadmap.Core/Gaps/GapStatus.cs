namespace Roadmap.Core.Gaps;

public enum GapStatus
{
    /// <summary>Nothing covers the topic well enough and no work is under way.</summary>
    Open,

    /// <summary>New work covers the topic (a fresh document in force or work in development); the evidence says which.</summary>
    Addressed,

    /// <summary>An editor closed it: the gap is no more.</summary>
    Closed,

    /// <summary>An editor judged it not a gap. The analysis never reopens it.</summary>
    Dismissed,

    /// <summary>Its topic left the taxonomy: kept for the record, no longer counted or reported as open.</summary>
    Orphaned,

    /// <summary>
    /// The finding still holds but now rests on exactly the evidence of another finding of its topic, which names it in
    /// its <see cref="Gap.AlsoHolds"/>: kept for the record, not counted or reported twice. It opens again if the
    /// evidence parts.
    /// </summary>
    Merged,
}
