using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.Graph.Neo4j;

namespace Roadmap.Hosting;

/// <summary>
/// The one place every store is chosen, for both hosts: the graph store <c>Roadmap:Graph:Provider</c> names, and the
/// service's own state (analysis, audit trail, API keys), which stays in the data folder's SQLite file whichever graph
/// store serves the documents. <see cref="StorageRegistration"/> registers these for the service; the CLI opens them here.
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

    public static IAnalysisStore OpenAnalysis(DataDirectory directory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SqliteAnalysisStore(directory.GraphDatabasePath, time);
    }

    public static IAuditLog OpenAuditLog(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SqliteAuditLog(directory.GraphDatabasePath);
    }

    public static IApiKeyStore OpenApiKeys(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SqliteApiKeyStore(directory.GraphDatabasePath);
    }

    /// <summary>Watches, their events and deliveries (issue #22): in the data folder's SQLite file, like the audit trail.</summary>
    public static IWatchStore OpenWatches(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SqliteWatchStore(directory.GraphDatabasePath);
    }

    /// <summary>
    /// The crawl's checkpoints, drift baselines and provenance ledger: in the data folder's SQLite file (created or migrated,
    /// and the files an older Roadmap kept under <c>crawl/</c> imported, on first use). The HTTP cache stays a folder.
    /// </summary>
    public static ICrawlStateStore OpenCrawlState(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new SqliteCrawlStateStore(directory);
    }

    /// <summary>
    /// The audit trail and the API keys for a process without <see cref="StoreInitializer"/> (the CLI): the data folder's
    /// service database is created or migrated first.
    /// </summary>
    public static async Task<(IApiKeyStore Keys, IAuditLog Audit)> OpenSecurityAsync(DataDirectory directory, CancellationToken cancellationToken)
    {
        var audit = await SqliteAuditLog.OpenAsync(directory, cancellationToken);
        return (OpenApiKeys(directory), audit);
    }
}
