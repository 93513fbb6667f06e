using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Committee pairs ranked by the summed score of their unknown overlaps, leaving out pairs of committees that already
/// share a common text, twin text or adoption. A document without a committee counts under "BODY (committee unknown)".
/// </summary>
public static class LiaisonRanker
{
    private const int MaxPairs = 3;
    private const int MaxTopics = 5;

    public static IReadOnlyList<LiaisonSuggestion> Rank(IReadOnlyList<Overlap> overlaps, int limit = 50)
    {
        var linked = overlaps.Where(o => o.IsKnown).Select(o => Pair(Group(o.FirstBody, o.FirstCommittee), Group(o.SecondBody, o.SecondCommittee))).ToHashSet();
        return [.. overlaps
            .Where(o => !o.IsKnown)
            .Select(o => (Pair: Pair(Group(o.FirstBody, o.FirstCommittee), Group(o.SecondBody, o.SecondCommittee)), Overlap: o))
            .Where(x => x.Pair.Item1 != x.Pair.Item2 && !linked.Contains(x.Pair))
            .GroupBy(x => x.Pair)
            .Select(g => new LiaisonSuggestion
            {
                FirstCommittee = g.Key.Item1,
                SecondCommittee = g.Key.Item2,
                Strength = Math.Round(g.Sum(x => x.Overlap.Score), 3),
                Overlaps = g.Count(),
                SharedTopics = [.. g.SelectMany(x => x.Overlap.SharedTopics).GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxTopics).Select(t => t.Key)],
                TopPairs = [.. g.OrderByDescending(x => x.Overlap.Score).Take(MaxPairs).Select(x => $"{x.Overlap.FirstKey} ↔ {x.Overlap.SecondKey}")],
            })
            .OrderByDescending(s => s.Strength).ThenBy(s => s.FirstCommittee, StringComparer.Ordinal).ThenBy(s => s.SecondCommittee, StringComparer.Ordinal)
            .Take(limit)];
    }

    public static string Group(string body, string? committee) => committee ?? $"{body} (committee unknown)";

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
