using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.Graph.Neo4j;
using Roadmap.Graph.Neo4j.State;

namespace Roadmap.Hosting;

/// <summary>
/// The one place every store is chosen, for both hosts: the graph store <c>Roadmap:Graph:Provider</c> names, and the
/// service's own state (analysis, gaps and decisions, audit trail, API keys, watches, crawl state) in the same place as
/// the graph: Neo4j, shared by every instance, or the data folder's SQLite file. <see cref="StorageRegistration"/> registers these for the service; the CLI opens them here.
/// </summary>
public static class RoadmapStores
{
    public static IGraphStore OpenGraph(GraphOptions options, DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            GraphProvider.Embedded => SqliteGraphStore.Open(directory),
            GraphProvider.Neo4j => new Neo4jGraphStore(Neo4jOptionsOf(options)),
            _ => throw new InvalidOperationException($"unknown graph provider {options.Provider}"),
        };
    }

    /// <summary>The Neo4j client's settings from <c>Roadmap:Graph:*</c>: every one of them bindable (a test checks each).</summary>
    internal static Neo4jOptions Neo4jOptionsOf(GraphOptions options) => new()
    {
        Url = options.Url ?? throw new InvalidOperationException("Roadmap:Graph:Url is required for Neo4j"),
        User = options.User,
        Password = options.Password,
        BearerToken = options.BearerToken,
        Database = options.Database,
        BatchSize = options.BatchSize,
        RequestTimeout = options.RequestTimeout,
        ConnectTimeout = options.ConnectTimeout,
        MaxRetryAttempts = options.MaxRetryAttempts,
        RetryBaseDelay = options.RetryBaseDelay,
        RetryMaxDelay = options.RetryMaxDelay,
    };

    /// <summary>The data folder's own embedded graph store, whatever the settings say (what <c>roadmap migrate</c> copies from).</summary>
    public static IGraphStore OpenEmbeddedGraph(DataDirectory directory) => SqliteGraphStore.Open(directory);

    // The service's own state lives where the graph does: on Neo4j every instance shares it (issue #23); the embedded
    // graph keeps it in the data folder's SQLite file beside the documents. The graph store decides, so a process can
    // never pair documents in one place with keys or gaps in another.

    public static IAnalysisStore OpenAnalysis(IGraphStore graph, DataDirectory directory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return graph is Neo4jGraphStore neo4j ? new Neo4jAnalysisStore(neo4j, time) : new SqliteAnalysisStore(directory.GraphDatabasePath, time);
    }

    public static IAuditLog OpenAuditLog(IGraphStore graph, DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return graph is Neo4jGraphStore neo4j ? new Neo4jAuditLog(neo4j) : new SqliteAuditLog(directory.GraphDatabasePath);
    }

    public static IApiKeyStore OpenApiKeys(IGraphStore graph, DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return graph is Neo4jGraphStore neo4j ? new Neo4jApiKeyStore(neo4j) : new SqliteApiKeyStore(directory.GraphDatabasePath);
    }

    /// <summary>Watches, their events, deliveries (with their claims) and the delivery log.</summary>
    public static IWatchStore OpenWatches(IGraphStore graph, DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return graph is Neo4jGraphStore neo4j ? new Neo4jWatchStore(neo4j) : new SqliteWatchStore(directory.GraphDatabasePath);
    }

    /// <summary>
    /// The crawl's checkpoints, drift baselines and provenance ledger (the embedded one imports, on first use, the files an
    /// older Roadmap kept under <c>crawl/</c>). The HTTP cache stays a folder of each instance's own.
    /// </summary>
    public static ICrawlStateStore OpenCrawlState(IGraphStore graph, DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return graph is Neo4jGraphStore neo4j ? new Neo4jCrawlStateStore(neo4j) : new SqliteCrawlStateStore(directory);
    }
}
