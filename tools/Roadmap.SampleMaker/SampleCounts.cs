using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>Counts per body and stage group: ISO by harmonized stage group, the catalogues by the source's status word.</summary>
internal static class SampleCounts
{
    public const string NoStatus = "(no status)";

    public static List<CountRow> Of(IReadOnlyList<JsonObject> iso, IReadOnlyList<JsonObject> catalogue)
    {
        var rows = new List<CountRow>();
        foreach (var body in new[] { "ISO", "ISO/IEC" })
        {
            var stages = iso.Where(r => IsoBody(r) == body).GroupBy(r => IsoStage.Group(r.Int("currentStage"))).ToDictionary(g => g.Key, g => g.Count());
            rows.AddRange(IsoStage.Order.Where(stages.ContainsKey).Select(g => new CountRow(body, g, stages[g])));
        }

        foreach (var (sdo, _) in CatalogueFiles.All)
        {
            rows.AddRange(catalogue
                .Where(r => r.Text("sdo") == sdo)
                .GroupBy(r => r.Text("status") ?? NoStatus)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CountRow(sdo, g.Key, g.Count())));
        }

        return rows;
    }

    public static List<CountRow> Committees(IReadOnlyList<CommitteeRow> committees) =>
        [.. committees.GroupBy(c => c.Body).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CountRow(g.Key, "", g.Count()))];

    /// <summary>Joint ISO/IEC deliverables (JTC 1) are counted apart from ISO's own.</summary>
    private static string IsoBody(JsonObject row) =>
        (row.Text("reference") ?? "").StartsWith("ISO/IEC", StringComparison.Ordinal) ? "ISO/IEC" : "ISO";
}
