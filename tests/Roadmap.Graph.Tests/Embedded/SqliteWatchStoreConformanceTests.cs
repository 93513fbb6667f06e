using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using Roadmap.TestKit.Conformance;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>The watch store conformance suite, run against the embedded SQLite store (the data folder's database file).</summary>
public sealed class SqliteWatchStoreConformanceTests : WatchStoreConformance
{
    private readonly TempDirectory _folder = new();
    private string? _databasePath;

    protected override async Task<IWatchStore> CreateStoreAsync()
    {
        var directory = DataDirectory.OpenOrCreate(Path.Combine(_folder.Root, "data"));
        _databasePath = directory.GraphDatabasePath;
        var store = new SqliteWatchStore(_databasePath);
        await store.InitializeAsync(Ct);
        return store;
    }

    // A second store object on the same file, as a second process would open it.
    protected override Task<IWatchStore> OpenSecondStoreAsync() =>
        Task.FromResult<IWatchStore>(new SqliteWatchStore(_databasePath ?? throw new InvalidOperationException("store not created")));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
