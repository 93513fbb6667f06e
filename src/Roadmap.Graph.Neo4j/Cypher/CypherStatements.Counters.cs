namespace Roadmap.Graph.Neo4j.Cypher;

internal static partial class CypherStatements
{
    // Run under the sequence lock (every write batch takes it first), so the read-add-write of c.n cannot interleave.
    public static readonly string MoveCounters = OneLine("""
        UNWIND $rows AS row
        MERGE (c:Counter {key: row.key})
        ON CREATE SET c.group = row.group, c.name = row.name, c.n = 0
        SET c.n = c.n + row.n
        """);

    // The migration's recount: the counters are set to what a full read found, and those it did not find are removed.
    public static readonly string ClearCounters = OneLine("""
        MATCH (c:Counter)
        DELETE c
        """);

    public static readonly string SetCounters = OneLine("""
        UNWIND $rows AS row
        MERGE (c:Counter {key: row.key})
        SET c.group = row.group, c.name = row.name, c.n = row.n
        """);

    public static readonly string ReadCounters = OneLine("""
        MATCH (c:Counter)
        WHERE c.n <> 0
        RETURN c.group AS group, c.name AS name, c.n AS n
        """);

    // Node and relationship counts come from the count store (separate statements: an aggregation grouped by an earlier
    // count returns no row at all when nothing matches); all relationships between references are relations (PARENT joins
    // committees only). The sequence node has the last number and the newest change time.
    public static readonly string CountDocuments = OneLine("""
        MATCH (d:Document)
        RETURN count(d) AS n
        """);

    public static readonly string CountCommittees = OneLine("""
        MATCH (c:Committee)
        RETURN count(c) AS n
        """);

    public static readonly string CountRelations = OneLine("""
        MATCH (:Reference)-[r]->()
        RETURN count(r) AS n
        """);

    public static readonly string SequenceState = OneLine("""
        OPTIONAL MATCH (s:Sequence {name: $name})
        RETURN coalesce(s.value, 0) AS seq, s.lastAt AS lastAt
        """);

    public static readonly string GroupEditions = OneLine("""
        MATCH (d:Document)
        RETURN sum(d.editionCount) AS n
        """);

    public static readonly string GroupByCommittee = OneLine("""
        MATCH (d:Document)
        WHERE d.committee IS NOT NULL
        RETURN d.committee AS name, count(*) AS n
        """);

    public static readonly string MarkCounted = OneLine("""
        MATCH (s:Sequence {name: $name})
        SET s.counted = true, s.lastAt = $lastAt
        REMOVE s.locked
        """);

    // Migration to schema 2: the body filter's normalized property, in bounded transactions.
    public static readonly string NormalizeBodies = OneLine("""
        MATCH (d:Document)
        WHERE d.bodyNorm IS NULL
        WITH d LIMIT $limit
        SET d.bodyNorm = toLower(d.body)
        RETURN count(d) AS updated
        """);
}
