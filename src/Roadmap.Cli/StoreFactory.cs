using Microsoft.Extensions.Configuration;
using Roadmap.Api.Hosting;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Cli;

/// <summary>
/// Opens the graph store a verb works on: the embedded store in the data folder, or the Neo4j that
/// <c>Roadmap__Graph__Provider=Neo4j</c> (+ <c>Url</c>, <c>User</c>, <c>Password</c>, <c>Database</c>) names — the same
/// settings, read the same way, as the service's. The one place the CLI chooses a store.
/// </summary>
internal static class StoreFactory
{
    public static Task<IGraphStore> OpenAsync(string dataPath, CancellationToken cancellationToken) =>
        OpenAsync(dataPath, new ConfigurationBuilder().AddEnvironmentVariables().Build(), cancellationToken);

    public static Task<IGraphStore> OpenAsync(string dataPath, IConfiguration configuration, CancellationToken cancellationToken) =>
        InitializeAsync(GraphStores.Create(configuration, DataDirectory.OpenOrCreate(dataPath)), cancellationToken);

    /// <summary>The data folder's own embedded store, whatever the settings say (what <c>migrate</c> copies from).</summary>
    public static Task<IGraphStore> OpenEmbeddedAsync(string dataPath, CancellationToken cancellationToken) =>
        InitializeAsync(SqliteGraphStore.Open(DataDirectory.OpenOrCreate(dataPath)), cancellationToken);

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
