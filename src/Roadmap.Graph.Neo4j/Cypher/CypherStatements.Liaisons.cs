namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// The liaison registry: one <c>:Liaison</c> node per unordered committee pair, keyed by <c>id</c> (first ↔ second in
/// ordinal order), with the record as <c>json</c>. Nodes rather than relationships between <c>:Committee</c> nodes, so a
/// registry line may name a committee no import has created yet without inventing a bare committee node.
/// </summary>
internal static partial class CypherStatements
{
    public static readonly string MergeLiaisons = OneLine("""
        UNWIND $rows AS row
        MERGE (l:Liaison {id: row.id})
        SET l.first = row.first, l.second = row.second, l.json = row.json
        """);

    public static readonly string ListLiaisons = OneLine("""
        MATCH (l:Liaison)
        RETURN l.json AS json
        ORDER BY l.first, l.second
        """);

    public static readonly string RemoveLiaison = OneLine("""
        MATCH (l:Liaison {id: $id})
        DELETE l
        RETURN count(*) AS removed
        """);
}
