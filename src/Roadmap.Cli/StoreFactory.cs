using Microsoft.Extensions.Configuration;
using Roadmap.Core.Graph;
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

    /// <summary>The installation's own state (analysis, keys, audit, watches, crawl state) beside its graph store, as the service has it.</summary>
    public static async Task<CliState> OpenStateAsync(string dataPath, CancellationToken cancellationToken) =>
        new(await OpenAsync(dataPath, cancellationToken), DataDirectory.OpenOrCreate(dataPath));

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
