namespace Roadmap.Application.Evaluation;

/// <summary>A reviewer's judgment of a document pair: <c>overlap</c> (the same work), <c>related</c> (adjacent), or <c>not</c>.</summary>
public sealed record OverlapLabel(string First, string Second, string Label, string? Kind)
{
    public bool IsOverlap => Label == "overlap";

    public bool IsRelated => Label == "related";

    public bool IsNegative => Label == "not";

    /// <summary>Reads <c>overlaps_*.csv</c> (first, second, label; kind optional).</summary>
    public static IReadOnlyList<OverlapLabel> Read(string path)
    {
        var rows = LabelCsv.Read(path, "first", "second", "label");
        var labels = new List<OverlapLabel>();
        foreach (var row in rows)
        {
            var label = row["label"].ToLowerInvariant();
            if (label is not ("overlap" or "related" or "not"))
            {
                throw new LabelFileException($"{path}: label '{row["label"]}' for {row["first"]} ↔ {row["second"]} is not overlap, related or not");
            }

            labels.Add(new OverlapLabel(row["first"], row["second"], label, row.GetValueOrDefault("kind")));
        }

        return labels;
    }
}
