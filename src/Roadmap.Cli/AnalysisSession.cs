using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search;
using Roadmap.Search.Maintenance;

namespace Roadmap.Cli;

/// <summary>Everything an analysis verb needs, opened together: graph store, search index (synced), analysis store, taxonomy.</summary>
internal sealed class AnalysisSession : IAsyncDisposable
{
    private readonly IndexMaintenance _maintenance;

    private AnalysisSession(IGraphStore graph, DocumentIndex index, IndexMaintenance maintenance, IAnalysisStore analysis, TopicTaxonomy taxonomy)
    {
        (Graph, Index, _maintenance, Analysis, Taxonomy) = (graph, index, maintenance, analysis, taxonomy);
        Engine = new AnalysisEngine(graph, analysis, index, taxonomy, TimeProvider.System);
    }

    public IGraphStore Graph { get; }

    public DocumentIndex Index { get; }

    public IAnalysisStore Analysis { get; }

    public TopicTaxonomy Taxonomy { get; }

    public AnalysisEngine Engine { get; }

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
            var analysis = await StoreFactory.OpenAnalysisAsync(dataPath, cancellationToken);
            var taxonomy = taxonomyFile is null ? TaxonomyLoader.LoadDefault(index) : TaxonomyLoader.LoadFile(taxonomyFile, index);
            return new AnalysisSession(graph, index, maintenance, analysis, taxonomy);
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
        var result = await Engine.RunAsync(request, cancellationToken);
        var sync = await _maintenance.SyncAsync(forceFull: false, cancellationToken);
        return (result, sync.Indexed);
    }

    /// <summary>
    /// The change pipeline over this session's stores: the index takes in the store's changes, then — when the data folder
    /// has been analysed before — an incremental analysis classifies them, and the index re-files their topics.
    /// </summary>
    public ChangePipeline Pipeline()
    {
        var index = new SearchIndexProjection(_maintenance);
        return new ChangePipeline(Graph,
        [
            index,
            new AnalysisProjection(new EngineAnalysisRunner(Engine, Analysis), index, startWhenMissing: false),
            new TopicRefilingProjection(_maintenance),
        ]);
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Analysis.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
