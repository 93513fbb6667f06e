using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>What the analysis concludes about one leaf topic on the analysed date.</summary>
/// <param name="Gaps">Every finding that holds on the topic, each its own gap (status Open, or Addressed when work is in development).</param>
/// <param name="CoveringKeys">The fresh documents in force and the work in development: what addresses a gap.</param>
public sealed record GapFinding(string TopicId, IReadOnlyList<Gap> Gaps, IReadOnlyList<string> CoveringKeys)
{
    /// <summary>True when a fresh document in force covers the topic: no coverage gap (other findings may still hold).</summary>
    public bool Covered => Gaps.All(g => g.Id != GapIds.Coverage(TopicId));
}
