namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// The analysis store: one node per record, its JSON beside the properties filters and sorts read. <c>:Classification</c>,
/// <c>:EditorDecision</c> and <c>:Overlap</c> are unique on a <c>pair</c> (the two keys joined by U+001F: Neo4j 3.1 has only
/// single-property unique constraints); <c>:Gap</c> on <c>id</c>, <c>:AnalysisRun</c> on <c>id</c>; a run's snapshot is
/// kept in <c>:AnalysisSnapshotPart</c> chunks. Whole-list replacements first write an <c>:AnalysisLock</c> node, so two
/// of them queue (as SQLite's IMMEDIATE transactions do) instead of both deleting and then colliding on the constraint.
/// </summary>
internal static partial class CypherStatements
{
    public const string ClassificationsLock = "classifications";
    public const string OverlapsLock = "overlaps";

    // Readers take it too: Neo4j 3.x applies a commit to the store while other transactions read it, so a reader without the
    // lock could see a replacement half applied (SQLite's readers see a snapshot). The writer holds it until the commit is applied.
    public static readonly string LockAnalysis = OneLine("""
        MERGE (l:AnalysisLock {name: $name})
        SET l.locked = true
        REMOVE l.locked
        """);

    // A replacement writes only the difference to what is stored: a pair that goes and one that comes share a node (re-keyed),
    // so replacing every classification touches about as many nodes as there are, not twice as many (a Neo4j 3.1 transaction
    // holds all its changes in the heap until it commits).
    public static readonly string RekeyClassifications = OneLine("""
        UNWIND $rows AS row
        MATCH (c:Classification {pair: row.oldPair})
        SET c.pair = row.pair, c.documentKey = row.documentKey, c.topicId = row.topicId, c.score = row.score, c.evidence = row.evidence
        """);

    public static readonly string UpdateClassifications = OneLine("""
        UNWIND $rows AS row
        MATCH (c:Classification {pair: row.pair})
        SET c.score = row.score, c.evidence = row.evidence
        """);

    public static readonly string DeleteClassificationPairs = OneLine("""
        UNWIND $pairs AS pair
        MATCH (c:Classification {pair: pair})
        DELETE c
        """);

    public static readonly string CreateClassifications = OneLine("""
        UNWIND $rows AS row
        CREATE (c:Classification {pair: row.pair, documentKey: row.documentKey, topicId: row.topicId, score: row.score, evidence: row.evidence})
        """);

    // Rows for documents not being replaced replace a stored pair or add one, as SQLite's ON CONFLICT upsert does.
    public static readonly string MergeClassifications = OneLine("""
        UNWIND $rows AS row
        MERGE (c:Classification {pair: row.pair})
        SET c.documentKey = row.documentKey, c.topicId = row.topicId, c.score = row.score, c.evidence = row.evidence
        """);

    public static readonly string AllClassifications = OneLine("""
        MATCH (c:Classification)
        RETURN c.pair AS pair, c.documentKey AS documentKey, c.topicId AS topicId, c.score AS score, c.evidence AS evidence
        ORDER BY c.documentKey, c.topicId
        """);

    public static readonly string ClassificationsOf = OneLine("""
        UNWIND $keys AS key
        MATCH (c:Classification {documentKey: key})
        RETURN c.pair AS pair, c.documentKey AS documentKey, c.topicId AS topicId, c.score AS score, c.evidence AS evidence
        """);

    public static readonly string SaveDecision = OneLine("""
        MERGE (d:EditorDecision {pair: $pair})
        SET d.documentKey = $documentKey, d.topicId = $topicId, d.kind = $kind, d.editor = $editor, d.at = $at, d.note = $note
        """);

    public static readonly string RemoveDecision = OneLine("""
        MATCH (d:EditorDecision {pair: $pair})
        DELETE d
        RETURN count(*) AS removed
        """);

    public static readonly string ListDecisions = OneLine("""
        MATCH (d:EditorDecision)
        RETURN d.documentKey AS documentKey, d.topicId AS topicId, d.kind AS kind, d.editor AS editor, d.at AS at, d.note AS note
        ORDER BY d.documentKey, d.topicId
        """);

    public static readonly string ReadGap = OneLine("""
        MATCH (g:Gap {id: $id})
        RETURN g.json AS json, g.version AS version, g.updatedAt AS updatedAt
        """);

    public static readonly string ReadGaps = OneLine("""
        UNWIND $ids AS id
        MATCH (g:Gap {id: id})
        RETURN g.json AS json, g.version AS version, g.updatedAt AS updatedAt
        """);

    public static readonly string ListGaps = OneLine("""
        MATCH (g:Gap)
        WHERE $status IS NULL OR g.status = $status
        RETURN g.json AS json, g.version AS version, g.updatedAt AS updatedAt
        ORDER BY g.priority DESC, g.id
        """);

    // Optimistic concurrency in one statement: writing the node first takes its write lock, and only then is the version read,
    // so of two writers that read the same version exactly one matches; the other gets no row and re-reads. A new gap is
    // merged at version 0, so a gap created meanwhile by someone else (version 1 or more) is not overwritten either.
    public static readonly string WriteGapsIfVersion = OneLine("""
        UNWIND $rows AS row
        MERGE (g:Gap {id: row.id})
        ON CREATE SET g.version = 0
        SET g.locked = true
        REMOVE g.locked
        WITH g, row
        WHERE g.version = row.readVersion
        SET g.topicId = row.topicId, g.status = row.status, g.priority = row.priority, g.editorCreated = row.editorCreated,
            g.json = row.json, g.version = row.version, g.updatedAt = row.updatedAt
        RETURN g.id AS id, g.version AS version
        """);

    // An editor's change: as WriteGapsIfVersion for one gap that must exist (MATCH, so nothing is made when it does not).
    public static readonly string UpdateGapIfVersion = OneLine("""
        MATCH (g:Gap {id: $id})
        SET g.locked = true
        REMOVE g.locked
        WITH g
        WHERE g.version = $readVersion
        SET g.topicId = $topicId, g.status = $status, g.priority = $priority, g.editorCreated = $editorCreated,
            g.json = $json, g.version = $version, g.updatedAt = $updatedAt
        RETURN g.version AS version
        """);

    public static readonly string DeleteSomeOverlaps = OneLine("""
        MATCH (o:Overlap)
        WITH o LIMIT $limit
        DELETE o
        RETURN count(*) AS deleted
        """);

    public static readonly string CreateOverlaps = OneLine("""
        UNWIND $rows AS row
        CREATE (o:Overlap {pair: row.pair, firstKey: row.firstKey, secondKey: row.secondKey, score: row.score, known: row.known, json: row.json})
        """);

    public static readonly string ListOverlaps = OneLine("""
        MATCH (o:Overlap)
        WHERE (o.score >= $min AND o.known IS NULL) OR ($includeKnown AND o.known IS NOT NULL)
        RETURN o.json AS json
        ORDER BY o.score DESC, o.firstKey, o.secondKey
        """);

    public static readonly string SaveRun = OneLine("""
        MERGE (r:AnalysisRun {id: $id})
        SET r.startedAt = $startedAt, r.asOf = $asOf, r.json = $json
        """);

    public static readonly string DeleteSnapshotParts = OneLine("""
        MATCH (p:AnalysisSnapshotPart {runId: $runId})
        DELETE p
        """);

    public static readonly string CreateSnapshotPart = OneLine("""
        CREATE (:AnalysisSnapshotPart {runId: $runId, n: $n, text: $text})
        """);

    public static readonly string ListRuns = OneLine("""
        MATCH (r:AnalysisRun)
        RETURN r.json AS json
        ORDER BY r.startedAt DESC, r.id DESC
        LIMIT $limit
        """);

    public static readonly string LiveRun = OneLine("""
        MATCH (r:AnalysisRun)
        WHERE r.asOf IS NULL
        RETURN r.json AS json
        ORDER BY r.startedAt DESC, r.id DESC
        LIMIT 1
        """);

    // Writing the run node takes its lock, which SaveRun's writer holds while it replaces the parts, so no half-written set is read.
    public static readonly string LockRun = OneLine("""
        MATCH (r:AnalysisRun {id: $runId})
        SET r.locked = true
        REMOVE r.locked
        """);

    public static readonly string SnapshotParts = OneLine("""
        MATCH (p:AnalysisSnapshotPart {runId: $runId})
        RETURN p.text AS text
        ORDER BY p.n
        """);
}
