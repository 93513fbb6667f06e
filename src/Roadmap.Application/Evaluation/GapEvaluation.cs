namespace Roadmap.Application.Evaluation;

/// <summary>
/// Scores the gap findings against labelled (topic, kind) judgments: per kind, a labelled "yes" the product finds is a
/// true positive, a labelled "no" it finds a false positive; a finding counts for each kind it holds. Also lists findings
/// that share the very same evidence, which a reader takes for one finding written twice.
/// </summary>
public static class GapEvaluation
{
    public static GapScores Evaluate(IReadOnlyList<GapLabel> labels, IReadOnlyList<ProductFinding> findings)
    {
        var found = findings.SelectMany(f => f.Codes.Select(code => (f.Topic, code))).ToHashSet();
        var rows = labels.Select(l => new JudgedFinding(l.Topic, l.Kind, l.Expected, found.Contains((l.Topic, l.Kind)))).ToList();
        var byKind = rows.GroupBy(r => r.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KindScore(g.Key, Precision(g), Recall(g)))
            .ToList();
        var sameEvidence = findings.Where(f => f.Evidence.Count > 0)
            .GroupBy(f => string.Join('\n', f.Evidence.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<string>)[.. g.Select(f => $"{f.Topic} {string.Join('+', f.Codes)}")])
            .ToList();
        return new GapScores(findings.Count, Precision(rows), Recall(rows), byKind, sameEvidence, [.. rows.Where(r => r.Expected != r.Found)]);
    }

    private static Ratio Precision(IEnumerable<JudgedFinding> rows) =>
        new(rows.Count(r => r.Found && r.Expected), rows.Count(r => r.Found));

    private static Ratio Recall(IEnumerable<JudgedFinding> rows) =>
        new(rows.Count(r => r.Found && r.Expected), rows.Count(r => r.Expected));
}

/// <summary>
/// A finding of the product in the labels' vocabulary (its kind first, then the kinds it also is on the same evidence),
/// with its evidence keys.
/// </summary>
public sealed record ProductFinding(string Topic, IReadOnlyList<string> Codes, IReadOnlyList<string> Evidence);

public sealed record JudgedFinding(string Topic, string Kind, bool Expected, bool Found);

public sealed record KindScore(string Kind, Ratio Precision, Ratio Recall);

/// <summary>Gap scores overall and per kind; <see cref="Disagreements"/> lists each labelled row the product got wrong.</summary>
public sealed record GapScores(
    int Findings,
    Ratio Precision,
    Ratio Recall,
    IReadOnlyList<KindScore> ByKind,
    IReadOnlyList<IReadOnlyList<string>> SameEvidence,
    IReadOnlyList<JudgedFinding> Disagreements);
