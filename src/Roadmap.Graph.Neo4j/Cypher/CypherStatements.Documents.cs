namespace Roadmap.Graph.Neo4j.Cypher;

internal static partial class CypherStatements
{
    public static readonly string LoadDocuments = OneLine("""
        UNWIND $keys AS key
        MATCH (d:Reference {key: key})
        WHERE d:Document
        RETURN d.json AS json
        """);

    // MERGE on the constrained reference key only; everything else goes in SET, or MERGE would match on it too.
    public static readonly string MergeDocuments = OneLine("""
        UNWIND $rows AS row
        MERGE (d:Reference {key: row.key})
        SET d:Document, d += row.props
        """);

    public static readonly string CreateChanges = OneLine("""
        UNWIND $rows AS row
        CREATE (c:Change)
        SET c = row
        """);

    public static readonly string History = OneLine("""
        MATCH (c:Change {documentKey: $key})
        RETURN c.documentKey AS key, c.kind AS kind, c.at AS at, c.runId AS runId, c.actor AS actor, c.fields AS fields, c.seq AS seq
        ORDER BY c.seq
        """);

    public static readonly string HistoriesOf = OneLine("""
        UNWIND $keys AS key
        MATCH (c:Change {documentKey: key})
        RETURN c.documentKey AS key, c.kind AS kind, c.at AS at, c.runId AS runId, c.actor AS actor, c.fields AS fields, c.seq AS seq
        """);

    // "at" is a fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.fffffffZ), so text order is time order in every version.
    public static readonly string ChangesSince = OneLine("""
        MATCH (c:Change)
        WHERE c.at >= $since
        RETURN c.documentKey AS key, c.kind AS kind, c.at AS at, c.runId AS runId, c.actor AS actor, c.fields AS fields, c.seq AS seq
        ORDER BY c.at, c.seq
        LIMIT $limit
        """);

    // Numbers are assigned under the sequence node's write lock, held to commit, so they grow in commit order.
    public static readonly string ChangesAfter = OneLine("""
        MATCH (c:Change)
        WHERE c.seq > $after
        RETURN c.documentKey AS key, c.kind AS kind, c.at AS at, c.runId AS runId, c.actor AS actor, c.fields AS fields, c.seq AS seq
        ORDER BY c.seq
        LIMIT $limit
        """);

    // Neo4j applies a commit to the store without a snapshot for readers, so a reader can see a write's change nodes
    // before its documents. A writer holds the sequence node's write lock until its commit has been applied: taking that
    // lock (a write that leaves nothing behind) waits for any write under way, after which every number given out is
    // whole. Never "SET s.value = s.value": its value is read before the lock is taken, and writing it back after the wait
    // would undo the write it waited for.
    public static readonly string HoldSequence = OneLine("""
        MERGE (s:Sequence {name: $name})
        ON CREATE SET s.value = 0
        SET s.locked = true
        REMOVE s.locked
        RETURN s.value AS value
        """);

    // The sequence node holds the last number given out; it is written in the same transaction as the changes.
    public static readonly string LastChangeSeq = OneLine("""
        OPTIONAL MATCH (s:Sequence {name: $name})
        RETURN coalesce(s.value, 0) AS seq
        """);

    public static readonly string LastChange = OneLine("""
        MATCH (c:Change)
        RETURN max(c.at) AS at
        """);

    public static readonly string DocumentsByBody = OneLine("""
        MATCH (d:Document)
        RETURN d.body AS name, count(*) AS n
        ORDER BY n DESC, name
        """);

    public static readonly string DocumentsByStage = OneLine("""
        MATCH (d:Document)
        RETURN d.stage AS name, count(*) AS n
        ORDER BY n DESC, name
        """);

    // In force = the stages the SQLite store counts too (Published, UnderReview).
    public static readonly string InForceByBody = OneLine("""
        MATCH (d:Document)
        WHERE d.stage IN ['Published', 'UnderReview']
        RETURN d.body AS name, count(*) AS n
        ORDER BY n DESC, name
        """);

    public static readonly string InForceWithoutCommittee = OneLine("""
        MATCH (d:Document)
        WHERE d.committee IS NULL AND d.stage IN ['Published', 'UnderReview']
        RETURN d.body AS name, count(*) AS n
        ORDER BY n DESC, name
        """);

}
