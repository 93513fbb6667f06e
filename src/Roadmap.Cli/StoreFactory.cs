using Microsoft.Extensions.Configuration;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;

namespace Roadmap.Cli;

/// <summary>
/// Opens the stores a verb works on, as the service does: the graph store that <c>Roadmap__Graph__Provider</c> (+ <c>Url</c>,
/// <c>BearerToken</c>, <c>BatchSize</c>, …) names, read and validated by <see cref="StorageConfiguration"/> and chosen by
/// <see cref="RoadmapStores"/> — the same settings, sections and checks as the service's. The data folder is the CLI's
/// own (<c>--data</c>, <c>ROADMAP_DATA</c>).
/// </summary>
internal static class StoreFactory
{
    public static Task<IGraphStore> OpenAsync(string dataPath, CancellationToken cancellationToken) =>
        OpenAsync(dataPath, new ConfigurationBuilder().AddEnvironmentVariables().Build(), cancellationToken);

    public static Task<IGraphStore> OpenAsync(string dataPath, IConfiguration configuration, CancellationToken cancellationToken) =>
        InitializeAsync(RoadmapStores.OpenGraph(StorageConfiguration.ReadGraph(configuration), DataDirectory.OpenOrCreate(dataPath)), cancellationToken);

    /// <summary>The data folder's own embedded store, whatever the settings say (what <c>migrate</c> copies from).</summary>
    public static Task<IGraphStore> OpenEmbeddedAsync(string dataPath, CancellationToken cancellationToken) =>
        InitializeAsync(RoadmapStores.OpenEmbeddedGraph(DataDirectory.OpenOrCreate(dataPath)), cancellationToken);

    /// <summary>The data folder's analysis store, created or migrated.</summary>
    public static async Task<IAnalysisStore> OpenAnalysisAsync(string dataPath, CancellationToken cancellationToken)
    {
        var analysis = RoadmapStores.OpenAnalysis(DataDirectory.OpenOrCreate(dataPath), TimeProvider.System);
        try
        {
            await analysis.InitializeAsync(cancellationToken);
            return analysis;
        }
        catch
        {
            await analysis.DisposeAsync();
            throw;
        }
    }

    /// <summary>The data folder's watch store (watches, events, deliveries), created or migrated.</summary>
    public static async Task<IWatchStore> OpenWatchesAsync(string dataPath, CancellationToken cancellationToken)
    {
        var watches = RoadmapStores.OpenWatches(DataDirectory.OpenOrCreate(dataPath));
        await watches.InitializeAsync(cancellationToken);
        return watches;
    }

    private static async Task<IGraphStore> InitializeAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
