using System.Collections.Frozen;
using Roadmap.Core.Documents;

namespace Roadmap.Graph.Neo4j.Cypher;

internal static partial class CypherStatements
{
    /// <summary>One statement per relation type: Cypher cannot take a relationship type as a parameter.</summary>
    public static readonly FrozenDictionary<RelationType, string> MergeRelations = RelationTypes.All.ToFrozenDictionary(
        t => t,
        t => OneLine($$"""
            UNWIND $rows AS row
            MERGE (a:Reference {key: row.fromKey})
            MERGE (b:Reference {key: row.toKey})
            MERGE (a)-[r:{{RelationTypes.Name(t)}}]->(b)
            SET r.source = coalesce(r.source, row.source)
            """));

    // Outgoing, then incoming; a relation to itself is listed once.
    public static readonly string Relations = OneLine("""
        MATCH (d:Reference {key: $key})-[r]->(o:Reference)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN d.key AS fromKey, type(r) AS type, o.key AS toKey, r.source AS source
        UNION ALL
        MATCH (d:Reference {key: $key})<-[r]-(o:Reference)
        WHERE o.key <> $key AND ($types IS NULL OR type(r) IN $types)
        RETURN o.key AS fromKey, type(r) AS type, d.key AS toKey, r.source AS source
        """);

    // The relations of many documents at once (batching loaders); UNION drops the copy of a relation between two asked keys.
    public static readonly string RelationsOfMany = OneLine("""
        UNWIND $keys AS k
        MATCH (d:Reference {key: k})-[r]->(o:Reference)
        RETURN d.key AS fromKey, type(r) AS type, o.key AS toKey, r.source AS source
        UNION
        UNWIND $keys AS k
        MATCH (d:Reference {key: k})<-[r]-(o:Reference)
        RETURN o.key AS fromKey, type(r) AS type, d.key AS toKey, r.source AS source
        """);

    // A bare reference (a dangling target) is not a :Document, so it is no neighbour.
    public static readonly string Neighbours = OneLine("""
        MATCH (d:Reference {key: $key})-[r]->(o:Document)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN d.key AS fromKey, type(r) AS type, o.key AS toKey, true AS outgoing, o.json AS json
        UNION ALL
        MATCH (d:Reference {key: $key})<-[r]-(o:Document)
        WHERE o.key <> $key AND ($types IS NULL OR type(r) IN $types)
        RETURN o.key AS fromKey, type(r) AS type, d.key AS toKey, false AS outgoing, o.json AS json
        """);

    public static readonly string LoadCommittees = OneLine("""
        UNWIND $keys AS key
        MATCH (c:Committee {key: key})
        RETURN c.json AS json
        """);

    public static readonly string MergeCommittees = OneLine("""
        UNWIND $rows AS row
        MERGE (c:Committee {key: row.key})
        SET c += row.props
        """);

    // The parent may change or be unknown; the edge follows the parentKey property whenever both ends exist.
    public static readonly string LinkCommitteesToParents = OneLine("""
        UNWIND $keys AS key
        MATCH (c:Committee {key: key})
        OPTIONAL MATCH (c)-[old:PARENT]->()
        DELETE old
        WITH DISTINCT c
        MATCH (p:Committee {key: c.parentKey})
        MERGE (c)-[:PARENT]->(p)
        """);

    // Children written before their parent get their edge when the parent arrives.
    public static readonly string LinkChildrenToCommittees = OneLine("""
        UNWIND $keys AS key
        MATCH (p:Committee {key: key})
        MATCH (child:Committee {parentKey: key})
        MERGE (child)-[:PARENT]->(p)
        """);

    public static readonly string GetCommittee = OneLine("""
        MATCH (c:Committee {key: $key})
        RETURN c.json AS json
        """);

    public static readonly string ListCommittees = OneLine("""
        MATCH (c:Committee)
        RETURN c.json AS json
        ORDER BY c.key
        """);
}
