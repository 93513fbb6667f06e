using Roadmap.Core.Graph;
using Roadmap.Search;
using Roadmap.Search.Maintenance;
using Roadmap.TestKit;

namespace Roadmap.Graph.Neo4j.Tests.Pipeline;

/// <summary>The user trial's reproduction on Neo4j: an import whose batches share one time, with index syncs landing between them.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class ChangeFollowingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sync_WhileAnImportWritesItsBatches_EndsWithEveryDocumentIndexed()
    {
        // Arrange
        await using var store = new Neo4jGraphStore(Neo4jServer.Require(batchSize: 50));
        await store.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(store, Ct);
        using var index = DocumentIndex.CreateInMemory();
        var maintenance = new IndexMaintenance(store, index);
        await maintenance.SyncAsync(forceFull: false, Ct);
        var at = new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);
        var import = Task.Run(async () =>
        {
            for (var batch = 0; batch < 12; batch++)
            {
                var documents = Enumerable.Range(1, 25).Select(i => Builders.Iso($"ISO {80000 + (batch * 100) + i}", $"Ledger work item {batch}-{i}")).ToArray();
                await store.UpsertAsync(new GraphBatch { Documents = documents }, new ChangeContext("import-1", "test", at), Ct);
            }
        }, Ct);

        // Act: the index syncs again and again while the import runs, then once after it. (Neo4j shows a write's change
        // nodes before its documents while the commit is applied: the store reads changes under the sequence lock.)
        var syncs = 0;
        var log = new List<string>();
        while (!import.IsCompleted)
        {
            var report = await maintenance.SyncAsync(forceFull: false, Ct);
            log.Add($"through {report.ChangesThrough}: {report.Indexed} indexed, {index.Count} in all");
            syncs++;
        }

        await import;
        await maintenance.SyncAsync(forceFull: false, Ct);
        var check = await maintenance.CheckAsync(Ct);

        // Assert
        syncs.ShouldBeGreaterThan(0);
        index.Count.ShouldBe(300, string.Join(" | ", log));
        check.Consistent.ShouldBeTrue();
        index.ChangesThrough.ShouldBe(await store.GetLastChangeSeqAsync(Ct));
    }
}
