using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The watch store conformance suite, run against the embedded SQLite store (the data folder's database file).</summary>
public sealed class SqliteWatchStoreConformanceTests : WatchStoreConformance
{
    private readonly TempDirectory _folder = new();

    protected override async Task<IWatchStore> CreateStoreAsync()
    {
        var directory = DataDirectory.OpenOrCreate(Path.Combine(_folder.Root, "data"));
        var store = new SqliteWatchStore(directory.GraphDatabasePath);
        await store.InitializeAsync(Ct);
        return store;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
