using Roadmap.Graph.Embedded;
using Roadmap.Graph.Neo4j;
using Roadmap.Graph.Neo4j.State;
using Roadmap.TestKit;

namespace Roadmap.Hosting.Tests;

/// <summary>
/// The service's own state goes where the graph is: every store on Neo4j when Neo4j serves (so instances share keys,
/// gaps, watches and crawl state), every store in the data folder's SQLite file otherwise.
/// </summary>
public sealed class RoadmapStoresTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task StateStores_GraphOnNeo4j_AreAllOnNeo4j()
    {
        // Arrange: nothing is sent until a store is used, so no server is needed to see which stores are chosen.
        var directory = DataDirectory.OpenOrCreate(_temp.Path);
        await using var graph = RoadmapStores.OpenGraph(new GraphOptions { Provider = GraphProvider.Neo4j, Url = new Uri("http://127.0.0.1:9") }, directory);

        // Act / Assert
        graph.ShouldBeOfType<Neo4jGraphStore>();
        RoadmapStores.OpenAnalysis(graph, directory, TimeProvider.System).ShouldBeOfType<Neo4jAnalysisStore>();
        RoadmapStores.OpenApiKeys(graph, directory).ShouldBeOfType<Neo4jApiKeyStore>();
        RoadmapStores.OpenAuditLog(graph, directory).ShouldBeOfType<Neo4jAuditLog>();
        RoadmapStores.OpenWatches(graph, directory).ShouldBeOfType<Neo4jWatchStore>();
        RoadmapStores.OpenCrawlState(graph, directory).ShouldBeOfType<Neo4jCrawlStateStore>();
    }

    [Fact]
    public async Task StateStores_EmbeddedGraph_AreAllInTheDataFolder()
    {
        var directory = DataDirectory.OpenOrCreate(_temp.Path);
        await using var graph = RoadmapStores.OpenGraph(new GraphOptions(), directory);

        graph.ShouldBeOfType<SqliteGraphStore>();
        RoadmapStores.OpenAnalysis(graph, directory, TimeProvider.System).ShouldBeOfType<SqliteAnalysisStore>();
        RoadmapStores.OpenApiKeys(graph, directory).ShouldBeOfType<SqliteApiKeyStore>();
        RoadmapStores.OpenAuditLog(graph, directory).ShouldBeOfType<SqliteAuditLog>();
        RoadmapStores.OpenWatches(graph, directory).ShouldBeOfType<SqliteWatchStore>();
        RoadmapStores.OpenCrawlState(graph, directory).ShouldBeOfType<SqliteCrawlStateStore>();
    }
}
