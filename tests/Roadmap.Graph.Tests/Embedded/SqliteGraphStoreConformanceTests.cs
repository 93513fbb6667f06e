using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The shared conformance suite, run against the embedded SQLite store.</summary>
public sealed class SqliteGraphStoreConformanceTests : GraphStoreConformance
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Path.Combine(_folder.Path, "data")));
        await store.InitializeAsync(Ct);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
