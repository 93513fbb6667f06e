using Roadmap.Core.Graph;
using static Roadmap.TestKit.Builders;

namespace Roadmap.TestKit.Conformance;

/// <summary>Taking documents with another store's recorded history (what <c>roadmap migrate</c> carries).</summary>
public abstract partial class GraphStoreConformance
{
    private IHistoryImport Importer => Store as IHistoryImport ?? throw new InvalidOperationException($"{Store.GetType().Name} cannot import history");

    private static DocumentChange Recorded(string key, ChangeKind kind, int minutes, string actor, string? run = null, params FieldChange[] fields) =>
        new() { DocumentKey = key, Kind = kind, At = T0.AddMinutes(minutes), Actor = actor, RunId = run, Fields = fields, Seq = 1000 + minutes };

    [Fact]
    public async Task ImportHistory_KeepsTheRecordedChanges_NotOneOfItsOwn()
    {
        // Arrange: a document added by an import and changed by a crawl in the store it comes from.
        var history = new[]
        {
            Recorded("ISO 1", ChangeKind.Added, 0, "iso-open-data"),
            Recorded("ISO 1", ChangeKind.Changed, 60, "iso", "run-7", new FieldChange("title", "\"a\"", "\"b\"")),
        };

        // Act
        var report = await Importer.ImportAsync(new GraphBatch { Documents = [Iso("ISO 1", "b"), Iso("ISO 2", "c")] }, [.. history, Recorded("ISO 2", ChangeKind.Added, 5, "itu-t")], Ct);

        // Assert: the history as it was recorded there, numbered here in the order given, followed by number.
        report.ShouldBe(new HistoryImportReport(new UpsertReport(2, 0, 0), 3));
        var stored = await Store.GetHistoryAsync("ISO 1", Ct);
        stored.Select(c => (c.Kind, c.At, c.Actor, c.RunId)).ShouldBe([(ChangeKind.Added, T0, "iso-open-data", (string?)null), (ChangeKind.Changed, T0.AddMinutes(60), "iso", "run-7")]);
        stored[1].Fields.ShouldBe([new FieldChange("title", "\"a\"", "\"b\"")]);
        var followed = await Store.GetChangesAfterAsync(0, 100, Ct);
        followed.Select(c => (c.DocumentKey, c.Kind)).ShouldBe([("ISO 1", ChangeKind.Added), ("ISO 1", ChangeKind.Changed), ("ISO 2", ChangeKind.Added)]);
        followed.Select(c => c.Seq).ShouldBe(followed.Select(c => c.Seq).Order());
        (await Store.GetLastChangeSeqAsync(Ct)).ShouldBe(followed[^1].Seq);
        (await Store.GetDocumentAsync("ISO 1", Ct))!.Title.ShouldBe("b");
        (await Store.GetStatsAsync(Ct)).Documents.ShouldBe(2);
    }

    [Fact]
    public async Task ImportHistory_Repeated_AppendsOnlyWhatIsNew()
    {
        // Arrange
        var added = Recorded("ISO 1", ChangeKind.Added, 0, "iso-open-data");
        await Importer.ImportAsync(new GraphBatch { Documents = [Iso("ISO 1", "a")] }, [added], Ct);

        // Act: the same again, then once more with a change the source recorded since.
        var again = await Importer.ImportAsync(new GraphBatch { Documents = [Iso("ISO 1", "a")] }, [added], Ct);
        var later = await Importer.ImportAsync(new GraphBatch { Documents = [Iso("ISO 1", "a2")] }, [added, Recorded("ISO 1", ChangeKind.Changed, 30, "iso", "run-8")], Ct);

        // Assert
        again.ShouldBe(new HistoryImportReport(new UpsertReport(0, 0, 1), 0));
        later.ShouldBe(new HistoryImportReport(new UpsertReport(0, 1, 0), 1));
        (await Store.GetHistoryAsync("ISO 1", Ct)).Select(c => c.Actor).ShouldBe(["iso-open-data", "iso"]);
    }

    [Fact]
    public async Task ImportHistory_NextToOrdinaryWrites_NumbersStayInCommitOrder()
    {
        // Arrange
        await UpsertAsync(Iso("ISO 9", "x"));

        // Act
        await Importer.ImportAsync(new GraphBatch { Documents = [Iso("ISO 1", "a")] }, [Recorded("ISO 1", ChangeKind.Added, -600, "iso-open-data")], Ct);
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a3")] }, At(90, "editor:alice"), Ct);

        // Assert: an older recorded time does not put the imported change before what was there.
        var followed = await Store.GetChangesAfterAsync(0, 100, Ct);
        followed.Select(c => (c.DocumentKey, c.Actor)).ShouldBe([("ISO 9", "test"), ("ISO 1", "iso-open-data"), ("ISO 1", "editor:alice")]);
        (await Store.GetChangesAsync(T0.AddMinutes(-700), 100, Ct))[0].Actor.ShouldBe("iso-open-data", "by time, the imported change is the oldest");
    }
}
