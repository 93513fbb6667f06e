namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// Leases: one <c>:Lease</c> node per name (unique). Each statement first writes the node, which takes its write lock, and
/// only then reads the holder, so two instances asking at once are served one after the other (a read before the lock
/// could see the lease free in both).
/// </summary>
internal static partial class CypherStatements
{
    public static readonly string AcquireLease = OneLine("""
        MERGE (l:Lease {name: $name})
        ON CREATE SET l.token = 0, l.expiresAt = ''
        SET l.locked = true
        REMOVE l.locked
        WITH l
        WHERE (l.expiresAt <= $now OR l.owner = $owner)
          AND ($occurrence IS NULL OR l.occurrence IS NULL OR l.occurrence < $occurrence)
        SET l.owner = $owner, l.expiresAt = $expires, l.token = l.token + 1, l.occurrence = coalesce($occurrence, l.occurrence)
        RETURN l.token AS token
        """);

    public static readonly string RenewLease = OneLine("""
        MATCH (l:Lease {name: $name})
        SET l.locked = true
        REMOVE l.locked
        WITH l
        WHERE l.owner = $owner AND l.token = $token AND l.expiresAt > $now
        SET l.expiresAt = $expires
        RETURN l.token AS token
        """);

    public static readonly string ReleaseLease = OneLine("""
        MATCH (l:Lease {name: $name})
        SET l.locked = true
        REMOVE l.locked
        WITH l
        WHERE l.owner = $owner AND l.token = $token
        SET l.expiresAt = $now
        RETURN l.token AS token
        """);
}
