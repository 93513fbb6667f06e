namespace Roadmap.Application.Evaluation;

/// <summary>
/// Scores the ranked overlap list against labelled pairs (order within a pair does not matter). P@k looks at the first
/// k <em>labelled</em> pairs in the product's order — unlabelled pairs cannot be judged — and counts those labelled
/// <c>overlap</c> (strict) or <c>overlap</c>/<c>related</c> (lenient). Recall is the share of labelled overlaps listed
/// at all; the negative rate the share of labelled non-overlaps listed.
/// </summary>
public static class OverlapEvaluation
{
    public static OverlapScores Evaluate(IReadOnlyList<OverlapLabel> labels, IReadOnlyList<(string First, string Second)> ranked)
    {
        var byPair = new Dictionary<(string, string), OverlapLabel>();
        foreach (var label in labels)
        {
            byPair[Pair(label.First, label.Second)] = label;
        }

        var judged = ranked.Select((p, i) => (Rank: i + 1, Pair: Pair(p.First, p.Second)))
            .Where(x => byPair.ContainsKey(x.Pair))
            .Select(x => new JudgedPair(x.Rank, x.Pair.Item1, x.Pair.Item2, byPair[x.Pair].Label, byPair[x.Pair].Kind))
            .ToList();
        var listed = judged.Select(j => (j.First, j.Second)).ToHashSet();
        var missed = labels.Where(l => l.IsOverlap && !listed.Contains(Pair(l.First, l.Second)))
            .Select(l => new JudgedPair(0, l.First, l.Second, l.Label, l.Kind)).ToList();
        return new OverlapScores(
            ranked.Count,
            judged.Count,
            At(judged, 10, strict: true),
            At(judged, 30, strict: true),
            At(judged, 10, strict: false),
            At(judged, 30, strict: false),
            new Ratio(labels.Count(l => l.IsOverlap && listed.Contains(Pair(l.First, l.Second))), labels.Count(l => l.IsOverlap)),
            new Ratio(labels.Count(l => l.IsNegative && listed.Contains(Pair(l.First, l.Second))), labels.Count(l => l.IsNegative)),
            judged,
            missed);
    }

    private static Ratio At(List<JudgedPair> judged, int k, bool strict)
    {
        var top = judged.Take(k).ToList();
        return new Ratio(top.Count(j => j.Label == "overlap" || (!strict && j.Label == "related")), top.Count);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

/// <summary>Overlap scores; <see cref="Judged"/> are the listed pairs that carry a label, in the product's order.</summary>
public sealed record OverlapScores(
    int Listed,
    int LabelledListed,
    Ratio PrecisionAt10,
    Ratio PrecisionAt30,
    Ratio LenientPrecisionAt10,
    Ratio LenientPrecisionAt30,
    Ratio OverlapRecall,
    Ratio NegativesListed,
    IReadOnlyList<JudgedPair> Judged,
    IReadOnlyList<JudgedPair> MissedOverlaps);

/// <summary>A labelled pair with its rank in the product's list (0 when not listed).</summary>
public sealed record JudgedPair(int Rank, string First, string Second, string Label, string? Kind);
