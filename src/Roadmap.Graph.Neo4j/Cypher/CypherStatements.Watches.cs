namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// Watches (issue #22) kept in Neo4j, so every service instance on one database shares them: a <c>:Watch</c> per watch with
/// its definition's JSON, a <c>:WatchCursor</c> per projection, a <c>:WatchEvent</c> per event (unique id and idempotency
/// key), a <c>:WatchDelivery</c> per event and channel linked to its event by <c>DELIVERS</c>, a <c>:WatchAttempt</c> per
/// delivery-log line and a <c>:FeedToken</c> per feed token. Event, delivery and attempt ids come from <c>:Sequence</c>
/// nodes taken under their write lock, so they grow in commit order across instances as SQLite's row ids do.
/// </summary>
/// <remarks>
/// A pending delivery carries <c>queue</c> = its channel, removed once it is settled: Neo4j 3.1 has no composite index,
/// so the index on <c>queue</c> is the due query's (channel, state) index and holds only pending deliveries.
/// </remarks>
internal static partial class CypherStatements
{
    public const string WatchEventSequence = "watchEvent";
    public const string WatchDeliverySequence = "watchDelivery";
    public const string WatchAttemptSequence = "watchAttempt";

    private const string WatchEventColumns = """
        e.id AS id, e.watchId AS watchId, e.kind AS kind, e.idempotencyKey AS idempotencyKey, e.documentKey AS documentKey,
        e.committeeKey AS committeeKey, e.gapId AS gapId, e.title AS title, e.before AS before, e.after AS after,
        e.significant AS significant, e.changeSeq AS changeSeq, e.actor AS actor, e.runId AS runId,
        e.occurredAt AS occurredAt, e.recordedAt AS recordedAt
        """;

    private const string WatchDeliveryColumns = """
        d.id AS deliveryId, d.channel AS channel, d.state AS state, d.attempts AS attempts, d.nextAttemptAt AS nextAttemptAt
        """;

    private const string WatchAttemptColumns = """
        a.id AS id, a.deliveryId AS deliveryId, a.watchId AS watchId, a.eventId AS eventId, a.channel AS channel, a.at AS at,
        a.succeeded AS succeeded, a.detail AS detail, a.outcome AS outcome, a.nextAttemptAt AS nextAttemptAt, a.instance AS instance
        """;

    // created_at is kept on update, as the SQLite upsert does.
    public static readonly string SaveWatch = OneLine("""
        MERGE (w:Watch {id: $id})
        ON CREATE SET w.createdAt = $createdAt
        SET w.ownerKeyId = $ownerKeyId, w.name = $name, w.json = $json
        """);

    public static readonly string GetWatch = OneLine("""
        MATCH (w:Watch {id: $id})
        RETURN w.id AS id, w.ownerKeyId AS ownerKeyId, w.name AS name, w.json AS json, w.createdAt AS createdAt
        """);

    public static readonly string ListWatches = OneLine("""
        MATCH (w:Watch)
        RETURN w.id AS id, w.ownerKeyId AS ownerKeyId, w.name AS name, w.json AS json, w.createdAt AS createdAt
        ORDER BY w.createdAt, w.id
        """);

    public static readonly string RemoveWatchAttempts = OneLine("""
        MATCH (a:WatchAttempt {watchId: $id})
        DELETE a
        """);

    public static readonly string RemoveWatchDeliveries = OneLine("""
        MATCH (d:WatchDelivery {watchId: $id})
        DETACH DELETE d
        """);

    public static readonly string RemoveWatchEvents = OneLine("""
        MATCH (e:WatchEvent {watchId: $id})
        DETACH DELETE e
        """);

    public static readonly string RemoveWatch = OneLine("""
        MATCH (w:Watch {id: $id})
        DELETE w
        RETURN count(*) AS removed
        """);

    public static readonly string GetWatchCursor = OneLine("""
        OPTIONAL MATCH (c:WatchCursor {projection: $projection})
        RETURN c.position AS position
        """);

    // The cursor never moves back (a pass that replays older changes leaves it where it is).
    public static readonly string MoveWatchCursor = OneLine("""
        MERGE (c:WatchCursor {projection: $projection})
        ON CREATE SET c.position = $position
        SET c.position = CASE WHEN c.position < $position THEN $position ELSE c.position END
        """);

    // Read under the event sequence's lock (AppendEventsAsync takes it first), so no other writer adds one of these keys meanwhile.
    public static readonly string FindWatchEventKeys = OneLine("""
        UNWIND $keys AS key
        MATCH (e:WatchEvent {idempotencyKey: key})
        RETURN e.idempotencyKey AS key
        """);

    public static readonly string CreateWatchEvents = OneLine("""
        UNWIND $rows AS row
        CREATE (e:WatchEvent {id: row.id, watchId: row.watchId, kind: row.kind, idempotencyKey: row.idempotencyKey,
            documentKey: row.documentKey, committeeKey: row.committeeKey, gapId: row.gapId, title: row.title,
            before: row.before, after: row.after, significant: row.significant, changeSeq: row.changeSeq, actor: row.actor,
            runId: row.runId, occurredAt: row.occurredAt, recordedAt: row.recordedAt})
        """);

    public static readonly string CreateWatchDeliveries = OneLine("""
        UNWIND $rows AS row
        MATCH (e:WatchEvent {id: row.eventId})
        CREATE (d:WatchDelivery {id: row.id, eventId: row.eventId, watchId: row.watchId, channel: row.channel, queue: row.channel,
            state: 'Pending', attempts: 0, nextAttemptAt: row.nextAttemptAt})-[:DELIVERS]->(e)
        """);

    // Moves a sequence locked by LockSequence (the change sequence's generation and lastAt are not touched).
    public static readonly string AdvanceWatchSequence = OneLine("""
        MATCH (s:Sequence {name: $name})
        SET s.value = $value
        REMOVE s.locked
        """);

    // The channel's :WatchQueue node is written first, which takes its write lock: two instances claiming at once are
    // served one after the other, and the second reads the first's committed claims (a read before the lock could see
    // the same deliveries free in both).
    public static readonly string ClaimWatchDeliveries = OneLine($$"""
        MERGE (q:WatchQueue {channel: $channel})
        SET q.locked = true
        REMOVE q.locked
        WITH q
        MATCH (d:WatchDelivery)
        USING INDEX d:WatchDelivery(queue)
        WHERE d.queue = $channel AND d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil < $now)
        WITH d
        ORDER BY d.id
        LIMIT $limit
        SET d.claimedBy = $instance, d.claimedUntil = $leaseUntil
        WITH d
        MATCH (d)-[:DELIVERS]->(e:WatchEvent)
        RETURN {{WatchDeliveryColumns}}, {{WatchEventColumns}}
        ORDER BY d.id
        """);

    // One statement: the attempt sequence is locked, moved and used as the log line's id.
    public static readonly string CreateWatchAttempt = OneLine(NextInSequence + """
        CREATE (a:WatchAttempt {id: s.value, deliveryId: $deliveryId, watchId: $watchId, eventId: $eventId, channel: $channel,
            at: $at, succeeded: $succeeded, detail: $detail, outcome: $outcome, nextAttemptAt: $nextAttemptAt, instance: $instance})
        """);

    // A Pending outcome without a next time keeps the claim (the instance retries at once); anything else frees it.
    public static readonly string SettleWatchDelivery = OneLine("""
        MATCH (d:WatchDelivery {id: $deliveryId})
        SET d.state = $outcome, d.attempts = d.attempts + 1, d.nextAttemptAt = coalesce($nextAttemptAt, d.nextAttemptAt),
            d.queue = CASE WHEN $outcome = 'Pending' THEN d.channel END,
            d.claimedBy = CASE WHEN $outcome = 'Pending' AND $nextAttemptAt IS NULL THEN d.claimedBy END,
            d.claimedUntil = CASE WHEN $outcome = 'Pending' AND $nextAttemptAt IS NULL THEN d.claimedUntil END
        """);

    public static readonly IReadOnlyDictionary<string, string> ListWatchAttempts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["all"] = OneLine($"MATCH (a:WatchAttempt) RETURN {WatchAttemptColumns} ORDER BY a.id DESC LIMIT $limit"),
        ["watch"] = OneLine($$"""MATCH (a:WatchAttempt {watchId: $watchId}) RETURN {{WatchAttemptColumns}} ORDER BY a.id DESC LIMIT $limit"""),
    };

    public static readonly IReadOnlyDictionary<string, string> ListWatchDeliveries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["all"] = OneLine($"MATCH (d:WatchDelivery) WITH d ORDER BY d.id DESC LIMIT $limit MATCH (d)-[:DELIVERS]->(e:WatchEvent) RETURN {WatchDeliveryColumns}, {WatchEventColumns} ORDER BY d.id DESC"),
        ["watch"] = OneLine($$"""MATCH (d:WatchDelivery {watchId: $watchId}) WITH d ORDER BY d.id DESC LIMIT $limit MATCH (d)-[:DELIVERS]->(e:WatchEvent) RETURN {{WatchDeliveryColumns}}, {{WatchEventColumns}} ORDER BY d.id DESC"""),
    };

    /// <summary>
    /// Event listings, keyed <c>driver:order</c>: the driver is the most selective filter given (document, committee, the
    /// watch list, or none), which the statement seeks by index; the other filters are guards; order is the id's.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ListWatchEvents = WatchEventListings();

    public static readonly string SaveFeedToken = OneLine("""
        CREATE (t:FeedToken {hash: $hash, scope: $scope, target: $target, ownerKeyId: $ownerKeyId, createdAt: $createdAt})
        """);

    public static readonly string FindFeedToken = OneLine("""
        MATCH (t:FeedToken {hash: $hash})
        RETURN t.hash AS hash, t.scope AS scope, t.target AS target, t.ownerKeyId AS ownerKeyId, t.createdAt AS createdAt
        """);

    public static string WatchEventListingKey(string driver, bool ascending) => driver + (ascending ? ":asc" : ":desc");

    private static Dictionary<string, string> WatchEventListings()
    {
        const string Guards = """
            ($watchIds IS NULL OR e.watchId IN $watchIds)
            AND ($documentKey IS NULL OR e.documentKey = $documentKey)
            AND ($committeeKey IS NULL OR e.committeeKey = $committeeKey)
            AND ($kinds IS NULL OR e.kind IN $kinds)
            AND ($significantOnly = false OR e.significant = true)
            AND ($beforeId IS NULL OR e.id < $beforeId)
            AND ($afterId IS NULL OR e.id > $afterId)
            """;
        var drivers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["document"] = "MATCH (e:WatchEvent {documentKey: $documentKey})",
            ["committee"] = "MATCH (e:WatchEvent {committeeKey: $committeeKey})",
            ["watches"] = "MATCH (e:WatchEvent) WHERE e.watchId IN $watchIds WITH e",
            ["all"] = "MATCH (e:WatchEvent)",
        };
        var listings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (driver, match) in drivers)
        {
            foreach (var ascending in new[] { false, true })
            {
                listings[WatchEventListingKey(driver, ascending)] = OneLine(
                    $"{match} WHERE {Guards} RETURN {WatchEventColumns} ORDER BY e.id {(ascending ? "ASC" : "DESC")} LIMIT $limit");
            }
        }

        return listings;
    }
}
