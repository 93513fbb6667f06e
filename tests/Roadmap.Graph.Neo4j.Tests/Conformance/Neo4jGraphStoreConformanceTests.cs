using Roadmap.Core.Graph;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Neo4j.Tests.Conformance;

/// <summary>The shared conformance suite, run against the Neo4j at <c>ROADMAP_NEO4J_URL</c>; skipped when it is unset.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jGraphStoreConformanceTests : GraphStoreConformance
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        // A small batch size makes the suite's batches span several UNWIND chunks, as real imports do.
        var store = new Neo4jGraphStore(Neo4jServer.Require(batchSize: 3));
        try
        {
            await store.InitializeAsync(Ct);
            await Neo4jServer.WipeAsync(store, Ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
