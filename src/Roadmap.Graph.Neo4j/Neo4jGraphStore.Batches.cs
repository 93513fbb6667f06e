using Roadmap.Core.Documents;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentRelation>>> GetRelationsForAsync(
        IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        var found = wanted.ToDictionary(k => k, _ => new List<DocumentRelation>(), StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            var statements = wanted.Chunk(_batchSize).Select(chunk => new CypherStatement(CypherStatements.RelationsOfMany, Parameters(("keys", chunk)))).ToList();
            foreach (var result in await _client.RunAsync(statements, cancellationToken))
            {
                foreach (var record in result.Records)
                {
                    if (RelationTypes.Parse(record.String("type")) is not { } type || (types is { Count: > 0 } && !types.Contains(type)))
                    {
                        continue;
                    }

                    var relation = new DocumentRelation(record.RequiredString("fromKey"), type, record.RequiredString("toKey")) { Source = record.String("source") };
                    Add(found, relation.FromKey, relation);
                    if (relation.ToKey != relation.FromKey)
                    {
                        Add(found, relation.ToKey, relation);
                    }
                }
            }
        }

        return found.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<DocumentRelation>)[.. p.Value.Distinct().OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.Type.ToString(), StringComparer.Ordinal).ThenBy(r => r.ToKey, StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<DocumentRelation>> found, string key, DocumentRelation relation)
    {
        if (found.TryGetValue(key, out var list))
        {
            list.Add(relation);
        }
    }
}
