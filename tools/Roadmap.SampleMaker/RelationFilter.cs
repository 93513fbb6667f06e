using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>
/// Keeps the structural relations whose target is also in the sample. Dangling edges would make the demo graph
/// show placeholder nodes, and ITU-T's complementOf fan-out alone is larger than the whole sample.
/// </summary>
internal sealed class RelationFilter
{
    private static readonly HashSet<string> KeptTypes =
        new(["identicalTo", "hasEdition", "obsoletes", "obsoletedBy", "revises", "editionOf", "adoptedFrom"], StringComparer.Ordinal);

    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);

    /// <summary>Catalogue records answer to their docid and designation (W3C's editionOf points at the designation).</summary>
    public RelationFilter(IEnumerable<CatalogueRecord> catalogue, IEnumerable<JsonObject> iso)
    {
        foreach (var record in catalogue)
        {
            _targets.Add(record.DocId);
            _targets.Add(record.Designation);
        }

        foreach (var row in iso)
        {
            var reference = row.Text("reference") ?? "";
            _targets.Add(reference);
            // ITU-T identicalTo names the ISO/IEC twin undated ("ISO/IEC 17788"); only a base document can be that twin.
            if (row.Text("supplementType") is null && reference.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                _targets.Add(reference[..colon]);
            }
        }
    }

    /// <summary>A copy of the record with <c>abstract</c> null and only kept relations; the key order is unchanged.</summary>
    public JsonObject StripToFacts(CatalogueRecord record)
    {
        var copy = record.Json.DeepClone().AsObject();
        copy["abstract"] = null;
        var kept = new JsonArray();
        if (copy["relations"] is JsonArray relations)
        {
            foreach (var relation in relations.OfType<JsonObject>())
            {
                if (KeptTypes.Contains(relation.Text("type") ?? "") && _targets.Contains(relation.Text("docid") ?? ""))
                {
                    kept.Add(relation.DeepClone());
                }
            }
        }

        copy["relations"] = kept;
        return copy;
    }
}
