using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Overlaps;

/// <summary>The ranker's answer: liaisons across bodies, and pairs inside one body or one committee tree, listed apart.</summary>
public sealed record LiaisonRanking(IReadOnlyList<LiaisonSuggestion> Suggestions, IReadOnlyList<LiaisonSuggestion> InternalCoordination)
{
    public static LiaisonRanking Empty { get; } = new([], []);
}
