using Roadmap.Core.Analysis;
using Roadmap.Graph.Neo4j.State;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Neo4j.Tests.Conformance;

/// <summary>The analysis store conformance suite, run against the Neo4j at <c>ROADMAP_NEO4J_URL</c>; skipped when it is unset.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jAnalysisStoreConformanceTests : AnalysisStoreConformance
{
    // A small batch size makes the suite's lists span several UNWIND chunks, as the whole corpus's do.
    private const int BatchSize = 3;

    private readonly List<Neo4jGraphStore> _graphs = [];

    protected override async Task<IAnalysisStore> CreateStoreAsync()
    {
        var graph = Graph();
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);
        var store = new Neo4jAnalysisStore(graph);
        await store.InitializeAsync(Ct);
        return store;
    }

    // Its own graph store and client, as another service instance on the same database has.
    protected override Task<IAnalysisStore> OpenSecondStoreAsync() => Task.FromResult<IAnalysisStore>(new Neo4jAnalysisStore(Graph()));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var graph in _graphs)
        {
            await graph.DisposeAsync();
        }
    }

    private Neo4jGraphStore Graph()
    {
        var graph = new Neo4jGraphStore(Neo4jServer.Require(batchSize: BatchSize));
        _graphs.Add(graph);
        return graph;
    }
}
