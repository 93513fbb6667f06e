using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search.Maintenance;
using Roadmap.TestKit;
using static Roadmap.TestKit.Builders;

namespace Roadmap.Search.Tests.Maintenance;

/// <summary>The index follows the store's change sequence: no batch is skipped, and an index without its mark is rebuilt whole.</summary>
public sealed class IndexMaintenanceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();
    private DataDirectory _data = null!;
    private SqliteGraphStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _data = DataDirectory.OpenOrCreate(Path.Combine(_folder.Root, "data"));
        _store = SqliteGraphStore.Open(_data);
        await _store.InitializeAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task SyncAsync_BetweenTwoBatchesOfOneImport_IndexesTheSecondToo()
    {
        // Arrange: an import stamps every batch with its start time; a sync lands between two batches.
        using var index = DocumentIndex.CreateInMemory();
        var maintenance = new IndexMaintenance(_store, index);
        await WriteAsync(T0, "ISO 1", "ISO 2");
        await maintenance.SyncAsync(forceFull: false, Ct);
        await WriteAsync(T0, "ISO 3", "ISO 4");

        // Act
        var report = await maintenance.SyncAsync(forceFull: false, Ct);

        // Assert
        report.Mode.ShouldBe("incremental");
        index.Count.ShouldBe(4);
        index.ChangesThrough.ShouldBe((await _store.GetStatsAsync(Ct)).LastChangeSeq);
        (await maintenance.CheckAsync(Ct)).Consistent.ShouldBeTrue();
    }

    [Fact]
    public async Task SyncAsync_IndexFolderDeleted_RebuildsEveryDocument()
    {
        // Arrange
        await WriteAsync(T0, "ISO 1", "ISO 2", "ISO 3");
        using (var first = DocumentIndex.Open(_data.IndexPath))
        {
            await new IndexMaintenance(_store, first).SyncAsync(forceFull: false, Ct);
        }

        Directory.Delete(_data.IndexPath, recursive: true);
        await WriteAsync(T0.AddMinutes(1), "ISO 4");

        // Act
        using var index = DocumentIndex.Open(_data.IndexPath);
        var report = await new IndexMaintenance(_store, index).SyncAsync(forceFull: false, Ct);

        // Assert
        report.Mode.ShouldBe("full");
        index.Count.ShouldBe(4);
    }

    [Fact]
    public async Task SyncAsync_AfterARebuildThatFailed_LeavesNoneOfItsDocuments()
    {
        // Arrange: a rebuild writes a page, then fails; its document must not reach the next commit.
        using var index = DocumentIndex.CreateInMemory();
        var maintenance = new IndexMaintenance(_store, index);
        await WriteAsync(T0, "ISO 1");
        await maintenance.SyncAsync(forceFull: false, Ct);
        var through = index.ChangesThrough;

        // Act
        await Should.ThrowAsync<InvalidOperationException>(() => index.RebuildAsync(FailingPages(), new Dictionary<string, IReadOnlyList<string>>(), 999, Ct));
        await WriteAsync(T0.AddMinutes(1), "ISO 2");
        await maintenance.SyncAsync(forceFull: false, Ct);

        // Assert
        index.Entries().Select(e => e.Key).ShouldBe(["ISO 1", "ISO 2"]);
        through.ShouldNotBeNull();
        index.ChangesThrough.ShouldBe((await _store.GetStatsAsync(Ct)).LastChangeSeq);
    }

    private static async IAsyncEnumerable<IReadOnlyList<Document>> FailingPages()
    {
        yield return [Iso("ISO 77", "half a rebuild")];
        await Task.Yield();
        throw new InvalidOperationException("the store went away");
    }

    private Task<UpsertReport> WriteAsync(DateTimeOffset at, params string[] keys) =>
        _store.UpsertAsync(new GraphBatch { Documents = [.. keys.Select(k => Iso(k, "title of " + k))] }, new ChangeContext("import-1", "test", at), Ct);
}
