using Roadmap.Core.Graph;
using static Roadmap.TestKit.Builders;

namespace Roadmap.TestKit.Conformance;

/// <summary>Following the store's changes by number: what the search index, the analysis and every later consumer rely on.</summary>
public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task ChangesAfter_NumbersGrowByChange_AndStatsNameTheLast()
    {
        // Arrange
        var before = (await Store.GetStatsAsync(Ct)).LastChangeSeq;
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a"), Iso("ISO 2", "b")] }, At(0), Ct);
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a2")] }, At(1), Ct);

        // Act
        var all = await Store.GetChangesAfterAsync(0, 100, Ct);
        var afterFirst = await Store.GetChangesAfterAsync(all[0].Seq, 100, Ct);
        var limited = await Store.GetChangesAfterAsync(0, 2, Ct);

        // Assert
        before.ShouldBe(0);
        all.Select(c => (c.DocumentKey, c.Kind)).ShouldBe([("ISO 1", ChangeKind.Added), ("ISO 2", ChangeKind.Added), ("ISO 1", ChangeKind.Changed)]);
        all.Select(c => c.Seq).ShouldBe(all.Select(c => c.Seq).Order(), "sequence order");
        all.Select(c => c.Seq).Distinct().Count().ShouldBe(3);
        afterFirst.Select(c => c.Seq).ShouldBe(all.Skip(1).Select(c => c.Seq));
        limited.Count.ShouldBe(2);
        (await Store.GetStatsAsync(Ct)).LastChangeSeq.ShouldBe(all[^1].Seq);
        (await Store.GetLastChangeSeqAsync(Ct)).ShouldBe(all[^1].Seq);
        (await Store.GetHistoryAsync("ISO 1", Ct)).Select(c => c.Seq).ShouldBe([all[0].Seq, all[2].Seq]);
    }

    [Fact]
    public async Task ChangesAfter_AReaderBetweenTwoBatchesStampedAlike_MissesNothing()
    {
        // Arrange: one import writes its batches with one time; a consumer catches up between two of them.
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a"), Iso("ISO 2", "b")] }, At(0), Ct);
        var firstRead = await Store.GetChangesAfterAsync(0, 100, Ct);
        var cursor = firstRead[^1].Seq;
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 3", "c"), Iso("ISO 4", "d")] }, At(0), Ct);

        // Act
        var secondRead = await Store.GetChangesAfterAsync(cursor, 100, Ct);

        // Assert: following by time (everything after the last time seen) would have found nothing here.
        (await Store.GetChangesAsync(firstRead[^1].At.AddTicks(1), 100, Ct)).ShouldBeEmpty();
        secondRead.Select(c => c.DocumentKey).ShouldBe(["ISO 3", "ISO 4"]);
    }

    [Fact]
    public async Task ChangesAfter_WritersRacingAReader_EveryChangeSeenOnceInOrder()
    {
        // Arrange: three writers add documents in small batches, all stamped alike, while a reader follows by number.
        var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            for (var b = 0; b < 6; b++)
            {
                var documents = Enumerable.Range(0, 3).Select(d => Iso($"ISO {(w * 100) + (b * 10) + d + 1}", "t")).ToArray();
                await Store.UpsertAsync(new GraphBatch { Documents = documents }, At(0), Ct);
            }
        }, Ct)).ToArray();
        var seen = new List<DocumentChange>();
        var cursor = 0L;

        // Act
        while (true)
        {
            // Whether the writers were done is taken before the read: an empty page read after that means the end.
            var done = writers.All(w => w.IsCompleted);
            var page = await Store.GetChangesAfterAsync(cursor, 5, Ct);
            seen.AddRange(page);
            cursor = page.Count > 0 ? page[^1].Seq : cursor;
            if (done && page.Count == 0)
            {
                break;
            }
        }

        await Task.WhenAll(writers);

        // Assert
        seen.Count.ShouldBe(54);
        seen.Select(c => c.DocumentKey).Distinct().Count().ShouldBe(54);
        seen.Select(c => c.Seq).ShouldBe(seen.Select(c => c.Seq).Order());
        seen.Select(c => c.Seq).Distinct().Count().ShouldBe(54, "every change has a number of its own");
        (await Store.GetLastChangeSeqAsync(Ct)).ShouldBe(seen[^1].Seq);
    }
}
