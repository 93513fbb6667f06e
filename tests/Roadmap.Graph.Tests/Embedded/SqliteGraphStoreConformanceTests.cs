using Roadmap.TestKit;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The shared conformance suite, run against the embedded SQLite store.</summary>
public sealed class SqliteGraphStoreConformanceTests : GraphStoreConformance
{
    private readonly TempDirectory _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Path.Combine(_folder.Root, "data")));
        await store.InitializeAsync(Ct);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
