using Roadmap.Analysis;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search;

namespace Roadmap.Cli;

/// <summary>Everything an analysis verb needs, opened together: graph store, search index (synced), analysis store, taxonomy.</summary>
internal sealed class AnalysisSession : IAsyncDisposable
{
    private AnalysisSession(IGraphStore graph, DocumentIndex index, IAnalysisStore analysis, TopicTaxonomy taxonomy)
    {
        (Graph, Index, Analysis, Taxonomy) = (graph, index, analysis, taxonomy);
        Engine = new AnalysisEngine(graph, analysis, index, taxonomy, TimeProvider.System);
    }

    public IGraphStore Graph { get; }

    public DocumentIndex Index { get; }

    public IAnalysisStore Analysis { get; }

    public TopicTaxonomy Taxonomy { get; }

    public AnalysisEngine Engine { get; }

    /// <summary>Opens the data folder's stores; the taxonomy is the bundled one unless a file is given.</summary>
    public static async Task<AnalysisSession> OpenAsync(CliConsole console, string dataPath, string? taxonomyFile, CancellationToken cancellationToken)
    {
        var graph = await StoreFactory.OpenAsync(dataPath, cancellationToken);
        var (index, _) = await SearchIndexes.OpenAsync(console, dataPath, graph, cancellationToken);
        var analysis = SqliteAnalysisStore.Open(DataDirectory.OpenOrCreate(dataPath));
        await analysis.InitializeAsync(cancellationToken);
        try
        {
            var taxonomy = taxonomyFile is null ? TaxonomyLoader.LoadDefault(index) : TaxonomyLoader.LoadFile(taxonomyFile, index);
            return new AnalysisSession(graph, index, analysis, taxonomy);
        }
        catch
        {
            index.Dispose();
            await graph.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens only the analysis store, for verbs that read stored results.</summary>
    public static async Task<IAnalysisStore> OpenStoreAsync(string dataPath, CancellationToken cancellationToken)
    {
        var analysis = SqliteAnalysisStore.Open(DataDirectory.OpenOrCreate(dataPath));
        await analysis.InitializeAsync(cancellationToken);
        return analysis;
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Analysis.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
