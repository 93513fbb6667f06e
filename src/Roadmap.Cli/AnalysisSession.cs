using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Analysis;
using Roadmap.Application.Gaps;
using Roadmap.Application.Pipeline;
using Roadmap.Application.Watches;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Core.Watches;
using Roadmap.Embeddings;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;
using Roadmap.Search;
using Roadmap.Search.Maintenance;

namespace Roadmap.Cli;

/// <summary>
/// Everything an analysis verb needs, opened together: graph store, search index (synced), analysis store, and the
/// application's analysis use cases over them — the same <see cref="AnalysisService"/> and <see cref="GapQueries"/> the
/// service runs.
/// </summary>
internal sealed class AnalysisSession : IAsyncDisposable
{
    private readonly IndexMaintenance _maintenance;
    private readonly PipelineWake _wake = new();

    private AnalysisSession(IGraphStore graph, DocumentIndex index, IndexMaintenance maintenance, IAnalysisStore analysis, IWatchStore watches, string? taxonomyFile)
    {
        (Graph, Index, _maintenance, Analysis, Watches) = (graph, index, maintenance, analysis, watches);
        // Nothing waits for the wake signal in a verb: the CLI runs its pipeline pass itself (Pipeline()).
        // Semantic overlap similarity is on unless the environment turns it off, as the service's setting would
        // (Roadmap__Analysis__Semantic=false): the words-only baseline stays measurable.
        var semantic = !string.Equals(Environment.GetEnvironmentVariable("Roadmap__Analysis__Semantic"), "false", StringComparison.OrdinalIgnoreCase);
        Runs = new AnalysisService(graph, analysis, index, () => index.ChangesThrough, new AnalysisOptions { Taxonomy = taxonomyFile, Semantic = semantic }, TimeProvider.System, NullLogger<AnalysisService>.Instance, _wake, MiniLmEmbedder.Shared);
        Gaps = new GapQueries(Runs, graph);
        WatchFacts = new AnalysisWatchFacts(analysis, () => Runs.Taxonomy, index);
    }

    /// <summary>Watches, their events and deliveries.</summary>
    public IWatchStore Watches { get; }

    /// <summary>What watch rules read besides the graph: topics and the index's answers to queries.</summary>
    public IWatchFacts WatchFacts { get; }

    public IGraphStore Graph { get; }

    public DocumentIndex Index { get; }

    public IAnalysisStore Analysis { get; }

    /// <summary>Analysis runs, as the service runs them (one at a time, logged, topics re-filed after a live run).</summary>
    public AnalysisService Runs { get; }

    public GapQueries Gaps { get; }

    public TopicTaxonomy Taxonomy => Runs.Taxonomy;

    /// <summary>
    /// Opens the data folder's stores; the taxonomy is the bundled one unless a file is given. A session that only reads
    /// (<paramref name="readOnly"/>: reports, exports) also works next to a running service, on the service's index.
    /// </summary>
    public static async Task<AnalysisSession> OpenAsync(CliConsole console, string dataPath, string? taxonomyFile, CancellationToken cancellationToken, bool readOnly = false, bool syncIndex = true)
    {
        var graph = await StoreFactory.OpenAsync(dataPath, cancellationToken);
        DocumentIndex? index = null;
        try
        {
            (index, var maintenance) = readOnly
                ? await SearchIndexes.OpenToReadAsync(console, dataPath, graph, cancellationToken)
                : await SearchIndexes.OpenAsync(console, dataPath, graph, cancellationToken, syncIndex);
            var directory = DataDirectory.OpenOrCreate(dataPath);
            var analysis = RoadmapStores.OpenAnalysis(graph, directory, TimeProvider.System);
            var watches = RoadmapStores.OpenWatches(graph, directory);
            var session = new AnalysisSession(graph, index, maintenance, analysis, watches, taxonomyFile);
            // A taxonomy file that is missing or invalid fails the verb here, before it does any work.
            _ = session.Taxonomy;
            return session;
        }
        catch
        {
            index?.Dispose();
            await graph.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs the analysis, then re-files in the search index the documents whose topics the run (or editors since the
    /// last sync) changed, so the topic filter and facet show the new classification. Returns the run and that count.
    /// </summary>
    public async Task<(AnalysisResult Result, int Refiled)> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        var result = await Runs.RunAsync(request, cancellationToken);
        var sync = await _maintenance.SyncAsync(forceFull: false, cancellationToken);
        return (result, sync.Indexed);
    }

    /// <summary>
    /// The change pipeline over this session's stores: the index takes in the store's changes, then — when the data folder
    /// has been analysed before — an incremental analysis classifies them, the index re-files their topics, and the
    /// watches' projection turns them into events (delivered by the service).
    /// </summary>
    public ChangePipeline Pipeline()
    {
        var index = new SearchIndexProjection(_maintenance);
        return new ChangePipeline(Graph,
        [
            index,
            new AnalysisProjection(Runs, index, startWhenMissing: false),
            new TopicRefilingProjection(_maintenance),
            new WatchProjection(Graph, Watches, WatchFacts, SignificantTransitions.Bundled, TimeProvider.System,
                new WatchGapEvents(Analysis, Watches, WatchFacts, TimeProvider.System),
                new WatchOverlapEvents(Analysis, Watches, TimeProvider.System)),
        ]);
    }

    public async ValueTask DisposeAsync()
    {
        Runs.Dispose();
        _wake.Dispose();
        Index.Dispose();
        await Analysis.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
