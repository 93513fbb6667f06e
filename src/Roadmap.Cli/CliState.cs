using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;

namespace Roadmap.Cli;

/// <summary>
/// A verb's view of the installation's own state — analysis, keys, audit trail, watches, crawl state — kept where the
/// graph store is (Neo4j when it serves, so a verb sees what every service instance sees), as <see cref="RoadmapStores"/>
/// chooses. The graph store was initialised when it was opened, which creates or migrates these too; disposing this
/// closes it.
/// </summary>
internal sealed class CliState(IGraphStore graph, DataDirectory directory) : IAsyncDisposable
{
    private IAnalysisStore? _analysis;

    public IGraphStore Graph => graph;

    /// <summary>Where the state is kept, for messages: the data folder, or the Neo4j every instance shares.</summary>
    public string Location => graph is Roadmap.Graph.Neo4j.Neo4jGraphStore ? "the Neo4j store (shared by every instance)" : directory.Root;

    public IAnalysisStore Analysis => _analysis ??= RoadmapStores.OpenAnalysis(graph, directory, TimeProvider.System);

    public IWatchStore Watches => RoadmapStores.OpenWatches(graph, directory);

    public IApiKeyStore Keys => RoadmapStores.OpenApiKeys(graph, directory);

    public IAuditLog Audit => RoadmapStores.OpenAuditLog(graph, directory);

    public ICrawlStateStore CrawlState => RoadmapStores.OpenCrawlState(graph, directory);

    public async ValueTask DisposeAsync()
    {
        if (_analysis is not null)
        {
            await _analysis.DisposeAsync();
        }

        await graph.DisposeAsync();
    }
}
