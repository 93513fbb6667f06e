using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>What the analysis concludes about one leaf topic on the analysed date.</summary>
/// <param name="Covered">True when a fresh document in force covers the topic: no gap.</param>
/// <param name="Gap">The gap as found (status Open, or Addressed when work is in development); null when covered.</param>
/// <param name="CoveringKeys">The fresh documents in force and the work in development: what addresses a gap.</param>
public sealed record GapFinding(string TopicId, bool Covered, Gap? Gap, IReadOnlyList<string> CoveringKeys);
