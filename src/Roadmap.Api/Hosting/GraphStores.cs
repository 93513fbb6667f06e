using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Graph.Neo4j;

namespace Roadmap.Api.Hosting;

/// <summary>The one place the service chooses its graph store (<c>Roadmap:Graph:Provider</c>).</summary>
internal static class GraphStores
{
    public static IGraphStore Create(GraphOptions options, DataDirectory directory) => options.Provider switch
    {
        GraphProvider.Embedded => SqliteGraphStore.Open(directory),
        GraphProvider.Neo4j => new Neo4jGraphStore(new Neo4jOptions
        {
            Url = options.Url ?? throw new InvalidOperationException("Roadmap:Graph:Url is required for Neo4j"),
            User = options.User,
            Password = options.Password,
            Database = options.Database,
        }),
        _ => throw new InvalidOperationException($"unknown graph provider {options.Provider}"),
    };
}
