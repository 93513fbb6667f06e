using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Cli;

/// <summary>Opens the graph store a verb works on. The one place the CLI chooses a store.</summary>
internal static class StoreFactory
{
    public static async Task<IGraphStore> OpenAsync(string dataPath, CancellationToken cancellationToken)
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(dataPath));
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
