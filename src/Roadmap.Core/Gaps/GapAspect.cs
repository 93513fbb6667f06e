namespace Roadmap.Core.Gaps;

/// <summary>
/// Another kind a gap also is on the very same evidence (a topic resting on one old Recommendation is thin, stale and
/// single-body at once): one finding that says so, rather than three that cite the same document.
/// </summary>
public sealed record GapAspect(GapKind Kind, string? Perspective = null);
