using Roadmap.Core.Designations;
using Roadmap.Core.Documents;

namespace Roadmap.Ingest.Catalogue;

/// <summary>Edges named by a catalogue line. Edition links and supplement lists are structure, not relations between documents.</summary>
internal static class CatalogueRelations
{
    private static readonly Dictionary<string, RelationType> Types = new(StringComparer.Ordinal)
    {
        ["identicalTo"] = RelationType.IdenticalTo,
        ["obsoletes"] = RelationType.Replaces,
        ["revises"] = RelationType.Replaces,
        ["obsoletedBy"] = RelationType.ReplacedBy,
        ["amends"] = RelationType.Amends,
        ["corrects"] = RelationType.Corrects,
        ["adoptedFrom"] = RelationType.AdoptedFrom,
    };

    public static IReadOnlyList<DocumentRelation> Of(CatalogueLine row, string fromKey)
    {
        var relations = new List<DocumentRelation>();
        foreach (var relation in row.Relations ?? [])
        {
            if (relation.Type is null || !Types.TryGetValue(relation.Type, out var type) || relation.DocId is null)
            {
                continue;
            }

            if (DesignationParser.Parse(relation.DocId).Value is { } target && target.Key != fromKey)
            {
                relations.Add(new DocumentRelation(fromKey, type, target.Key) { Source = CatalogueMapper.SourceName });
            }
        }

        return relations;
    }
}
