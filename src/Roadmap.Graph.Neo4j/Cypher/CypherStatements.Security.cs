namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// The service's own state, shared by every instance on one Neo4j: API keys (<c>:ApiKey</c>, unique <c>id</c>; salted hashes
/// only) and the audit trail (<c>:AuditEntry</c>, unique <c>id</c>). Audit ids come from the <c>:Sequence {name: 'audit'}</c>
/// node, taken under its write lock, so they grow in commit order across instances and are never handed out twice.
/// </summary>
internal static partial class CypherStatements
{
    public const string AuditSequence = "audit";

    public static readonly string AddApiKey = OneLine("""
        CREATE (k:ApiKey {id: $id, name: $name, role: $role, salt: $salt, hash: $hash, createdAt: $createdAt, revokedAt: $revokedAt})
        """);

    public static readonly string FindApiKey = OneLine("""
        MATCH (k:ApiKey {id: $id})
        RETURN k.id AS id, k.name AS name, k.role AS role, k.salt AS salt, k.hash AS hash, k.createdAt AS createdAt, k.revokedAt AS revokedAt
        """);

    public static readonly string ListApiKeys = OneLine("""
        MATCH (k:ApiKey)
        RETURN k.id AS id, k.name AS name, k.role AS role, k.salt AS salt, k.hash AS hash, k.createdAt AS createdAt, k.revokedAt AS revokedAt
        ORDER BY k.createdAt, k.id
        """);

    // The write lock first, then the test: two instances revoking at once are served one after the other, and only the
    // first finds the key unrevoked.
    public static readonly string RevokeApiKey = OneLine("""
        MATCH (k:ApiKey {id: $id})
        SET k.locked = true
        REMOVE k.locked
        WITH k
        WHERE k.revokedAt IS NULL
        SET k.revokedAt = $at
        RETURN k.id AS id
        """);

    // Ids in commit order across instances (NextInSequence).
    public static readonly string AppendAudit = OneLine(NextInSequence + """
        CREATE (a:AuditEntry {id: s.value, at: $at, actor: $actor, role: $role, action: $action, target: $target, before: $before, after: $after, note: $note})
        RETURN a.id AS id
        """);

    // Absent filters are null parameters, so one statement serves every combination of them.
    public static readonly string ListAudit = OneLine("""
        MATCH (a:AuditEntry)
        WHERE ($actor IS NULL OR a.actor = $actor)
          AND ($action IS NULL OR a.action = $action)
          AND ($target IS NULL OR a.target = $target)
          AND ($since IS NULL OR a.at >= $since)
          AND ($beforeId IS NULL OR a.id < $beforeId)
        RETURN a.id AS id, a.at AS at, a.actor AS actor, a.role AS role, a.action AS action, a.target AS target,
               a.before AS before, a.after AS after, a.note AS note
        ORDER BY a.id DESC
        LIMIT $limit
        """);
}
