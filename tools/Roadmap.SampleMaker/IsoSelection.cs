using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>Picks the ISO deliverables of the sample and strips them to facts.</summary>
internal static class IsoSelection
{
    public const string Tc307 = "ISO/TC 307";
    public const string Sc27 = "ISO/IEC JTC 1/SC 27";

    /// <summary>The selected lines, ordered by iso.org id, with <c>scope</c> set to null.</summary>
    public static List<JsonObject> Select(IReadOnlyList<JsonObject> all, IReadOnlyList<TruthRow> truth)
    {
        var chosen = new SortedDictionary<int, JsonObject>();
        void Add(JsonObject row) => chosen.TryAdd(row.Int("id"), row);

        var byReference = all.ToLookup(r => r.Text("reference") ?? "", StringComparer.Ordinal);
        var byKey = all.ToLookup(r => DesignationKey.Of(r.Text("reference") ?? ""), StringComparer.Ordinal);

        foreach (var row in all)
        {
            var committee = row.Text("ownerCommittee");
            if (committee == Tc307 || committee?.StartsWith(Tc307 + "/", StringComparison.Ordinal) == true)
            {
                Add(row);
            }
            else if (committee == Sc27 && IsoStage.IsCurrent(row.Int("currentStage")))
            {
                Add(row);
                // The predecessors let the demo show edition chains and what a current SC 27 standard superseded.
                foreach (var predecessor in row.Texts("replaces").SelectMany(r => byReference[r]))
                {
                    Add(predecessor);
                }
            }

            if (DltKeywords.MatchIso(row.EnglishTitle()))
            {
                Add(row);
            }
        }

        foreach (var row in truth.Where(TruthTable.IsIso).SelectMany(t => byKey[DesignationKey.Of(t.Designation)]))
        {
            Add(row);
        }

        return [.. chosen.Values.Select(StripToFacts)];
    }

    private static JsonObject StripToFacts(JsonObject row)
    {
        var copy = row.DeepClone().AsObject();
        // Scope is descriptive text; the sample carries facts only. Setting the value keeps the feed's key order.
        copy["scope"] = null;
        return copy;
    }

    /// <summary>The sidecar lines of the selected ids, reduced to facts.</summary>
    public static List<JsonObject> Provenance(IReadOnlyList<JsonObject> sidecar, IReadOnlyList<JsonObject> selected)
    {
        var ids = selected.Select(r => r.Int("id")).ToHashSet();
        return [.. sidecar
            .Where(r => ids.Contains(r.Int("id")))
            .OrderBy(r => r.Int("id"))
            .Select(r => new JsonObject
            {
                ["id"] = r["id"]?.DeepClone(),
                ["reference"] = r["reference"]?.DeepClone(),
                ["publishedMonth"] = r["publishedMonth"]?.DeepClone(),
                ["stage"] = r["stage"]?.DeepClone(),
            })];
    }
}
