namespace Roadmap.Core.Gaps;

/// <summary>
/// An editor's priority for a gap, with the reason a reader is owed: it replaces the formula's score until cleared and
/// survives re-analysis (the formula's breakdown is still kept beside it).
/// </summary>
public sealed record PriorityOverride(double Score, string Reason, string Editor, DateTimeOffset At);
