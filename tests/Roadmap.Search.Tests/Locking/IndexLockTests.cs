using Microsoft.Extensions.Time.Testing;
using Roadmap.Search.Locking;
using Roadmap.TestKit;
using static Roadmap.TestKit.Builders;

namespace Roadmap.Search.Tests.Locking;

/// <summary>One writer per index: a second writer is refused, naming the holder; readers still search the last commit.</summary>
public sealed class IndexLockTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string IndexPath => Path.Combine(_folder.Root, "index");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Acquire_WhileAServiceHoldsTheIndex_IsRefusedWithoutWaitingNamingTheService()
    {
        // Arrange: a clock that never moves, so a wait for the holder would never end.
        using var service = DocumentIndex.OpenOrRecreate(IndexPath, IndexLockHolder.ServiceRole, TimeSpan.Zero, out _);
        var frozen = new FakeTimeProvider();

        // Act: a service holds its index until it stops, so nobody waits for it.
        var error = await Should.ThrowAsync<SearchIndexLockedException>(
            Task.Run(() => IndexLock.Acquire(IndexPath, "cli", TimeSpan.FromDays(1), frozen), Ct).WaitAsync(TimeSpan.FromMinutes(1), Ct));

        // Assert
        error.Holder.ShouldNotBeNull().IsService.ShouldBeTrue();
        error.Holder.ProcessId.ShouldBe(Environment.ProcessId);
        error.Message.ShouldContain("service");
    }

    [Fact]
    public void Acquire_WhileAnotherVerbHoldsTheIndex_WaitsThenNamesIt()
    {
        // Arrange
        using var verb = IndexLock.Acquire(IndexPath, "cli", TimeSpan.Zero, TimeProvider.System);

        // Act
        var error = Should.Throw<SearchIndexLockedException>(() => IndexLock.Acquire(IndexPath, "cli", TimeSpan.FromMilliseconds(300), TimeProvider.System));

        // Assert
        error.Holder.ShouldNotBeNull().IsService.ShouldBeFalse();
        error.Message.ShouldContain($"process {Environment.ProcessId}");
    }

    [Fact]
    public void OpenOrRecreate_WhileHeld_NeverWipesTheIndex()
    {
        // Arrange
        using var holder = DocumentIndex.OpenOrRecreate(IndexPath, IndexLockHolder.ServiceRole, TimeSpan.Zero, out _);
        var files = Directory.GetFiles(IndexPath).Order().ToList();

        // Act
        Should.Throw<SearchIndexLockedException>(() => DocumentIndex.OpenOrRecreate(IndexPath, out _));

        // Assert
        Directory.GetFiles(IndexPath).Order().ShouldBe(files);
    }

    [Fact]
    public async Task Open_AfterTheHolderCloses_Succeeds()
    {
        // Arrange
        var first = DocumentIndex.Open(IndexPath);
        await first.UpsertAsync([Iso("ISO 1", "one")], Ct);
        first.Dispose();

        // Act
        using var second = DocumentIndex.Open(IndexPath);

        // Assert
        second.Count.ShouldBe(1);
        IndexLock.Peek(IndexPath).ShouldNotBeNull().ProcessId.ShouldBe(Environment.ProcessId);
    }

    [Fact]
    public async Task OpenReadOnly_WhileHeld_SearchesTheLastCommitAndRefusesWrites()
    {
        // Arrange
        using var writer = DocumentIndex.OpenOrRecreate(IndexPath, IndexLockHolder.ServiceRole, TimeSpan.Zero, out _);
        await writer.UpsertAsync([Iso("ISO 22739", "Blockchain and distributed ledger technologies — Vocabulary")], Ct);
        await writer.MarkChangesThroughAsync(7, Ct);

        // Act
        using var reader = DocumentIndex.OpenReadOnly(IndexPath);

        // Assert
        reader.IsReadOnly.ShouldBeTrue();
        reader.Count.ShouldBe(1);
        reader.ChangesThrough.ShouldBe(7);
        reader.Search(new SearchRequest { Text = "vocabulary" }).Hits.ShouldHaveSingleItem().Key.ShouldBe("ISO 22739");
        await Should.ThrowAsync<InvalidOperationException>(() => reader.UpsertAsync([Iso("ISO 2", "two")], Ct));
    }
}
