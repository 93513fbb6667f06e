using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.State;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Neo4j.Tests.Conformance;

/// <summary>The watch store conformance suite, run against the Neo4j at <c>ROADMAP_NEO4J_URL</c>; skipped when it is unset.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jWatchStoreConformanceTests : WatchStoreConformance
{
    private readonly List<Neo4jGraphStore> _graphs = [];

    protected override async Task<IWatchStore> CreateStoreAsync()
    {
        var graph = Open();
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);
        var store = new Neo4jWatchStore(graph);
        await store.InitializeAsync(Ct);
        return store;
    }

    // Its own graph store (client, connection pool) on the same database, as a second service instance has.
    protected override async Task<IWatchStore> OpenSecondStoreAsync()
    {
        var store = new Neo4jWatchStore(Open());
        await store.InitializeAsync(Ct);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var graph in _graphs)
        {
            await graph.DisposeAsync();
        }
    }

    // A small batch size makes appends of several events span several UNWIND chunks, as large passes do.
    private Neo4jGraphStore Open()
    {
        var graph = new Neo4jGraphStore(Neo4jServer.Require(batchSize: 3));
        _graphs.Add(graph);
        return graph;
    }
}
