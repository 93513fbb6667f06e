namespace Roadmap.Application.Evaluation;

/// <summary>
/// A reviewer's judgment that a finding of <see cref="Kind"/> (the labels' vocabulary, e.g. <c>NO_COVERAGE</c>,
/// <c>NO_ITU_T_REC</c>) holds, or clearly does not, on a leaf topic. Unlabelled (topic, kind) pairs are not scored.
/// </summary>
public sealed record GapLabel(string Topic, string Kind, bool Expected, IReadOnlyList<string> Evidence)
{
    /// <summary>Reads <c>gaps_*.csv</c> (topic, kind, expected; evidence optional).</summary>
    public static IReadOnlyList<GapLabel> Read(string path) =>
        [.. LabelCsv.Read(path, "topic", "kind", "expected").Select(row => new GapLabel(
            row["topic"],
            row["kind"].ToUpperInvariant(),
            row["expected"].Equals("yes", StringComparison.OrdinalIgnoreCase),
            [.. (row.GetValueOrDefault("evidence") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]))];
}
