namespace Roadmap.Graph.Neo4j.Cypher;

/// <summary>
/// The crawl's state between runs, shared by every instance on one Neo4j: a <c>:CrawlCheckpoint</c> and a
/// <c>:CrawlListing</c> per source (unique <c>source</c>, the content as JSON text), and the provenance ledger as
/// <c>:CrawlProvenance</c> nodes (document keys as a JSON array) numbered by the <c>:Sequence {name: 'provenance'}</c> node, so they read back in append order.
/// </summary>
internal static partial class CypherStatements
{
    public const string ProvenanceSequence = "provenance";

    public static readonly string LoadCrawlCheckpoint = OneLine("""
        MATCH (c:CrawlCheckpoint {source: $source})
        RETURN c.json AS json
        """);

    public static readonly string SaveCrawlCheckpoint = OneLine("""
        MERGE (c:CrawlCheckpoint {source: $source})
        SET c.json = $json
        """);

    public static readonly string DeleteCrawlCheckpoint = OneLine("""
        MATCH (c:CrawlCheckpoint {source: $source})
        DELETE c
        """);

    public static readonly string LoadCrawlListing = OneLine("""
        MATCH (l:CrawlListing {source: $source})
        RETURN l.counts AS counts
        """);

    public static readonly string SaveCrawlListing = OneLine("""
        MERGE (l:CrawlListing {source: $source})
        SET l.counts = $counts
        """);

    // Lines numbered in commit order (NextInSequence).
    public static readonly string AppendCrawlProvenance = OneLine(NextInSequence + """
        CREATE (p:CrawlProvenance {seq: s.value, runId: $runId, url: $url, fetchedAt: $fetchedAt, contentHash: $contentHash, keys: $keys})
        """);

    public static readonly string ReadCrawlProvenance = OneLine("""
        UNWIND $runIds AS runId
        MATCH (p:CrawlProvenance {runId: runId})
        RETURN p.runId AS runId, p.url AS url, p.fetchedAt AS fetchedAt, p.contentHash AS contentHash, p.keys AS keys
        ORDER BY p.seq
        """);
}
