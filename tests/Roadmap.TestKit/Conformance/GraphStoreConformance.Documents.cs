using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using static Roadmap.TestKit.Builders;

namespace Roadmap.TestKit.Conformance;

public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task Initialize_Twice_KeepsContent()
    {
        await UpsertAsync(Iso("ISO 22739", "Vocabulary"));

        await Store.InitializeAsync(Ct);

        (await Store.GetDocumentAsync("ISO 22739", Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Upsert_NewDocument_IsAddedAndReadBackEqual()
    {
        var document = Iso("ISO 23257", "Blockchain and distributed ledger technologies — Reference architecture", year: "2022");

        var report = await UpsertAsync(document);
        var stored = await Store.GetDocumentAsync("ISO 23257", Ct);

        report.ShouldBe(new UpsertReport(1, 0, 0));
        stored.ShouldBe(document);
        stored!.Published.ShouldBe(new PartialDate(2022, 1));
        stored.Editions.Single().Id.ShouldBe("ISO 23257:2022");
    }

    [Fact]
    public async Task Upsert_EditionWithStageHistory_ReadsBackTheDatedSteps()
    {
        StageStep[] steps = [new(IsoStages.Map("20.00"), PartialDate.Parse("2018-03-01")), new(IsoStages.Map("60.60"), PartialDate.Parse("2020-07"))];
        var document = Document("ISO 22739", editions: Edition("ISO 22739:2020", published: "2020-07") with { Stages = steps });

        await UpsertAsync(document);
        var stored = await Store.GetDocumentAsync("ISO 22739", Ct);

        stored.ShouldBe(document);
        stored!.Editions.Single().Stages.ShouldBe(steps);
    }

    [Fact]
    public async Task Upsert_SameDocumentAgain_IsUnchangedAndRecordsNoHistory()
    {
        var document = Iso("ISO 23257", "Reference architecture");
        await UpsertAsync(document);

        var report = await UpsertAsync(document);

        report.ShouldBe(new UpsertReport(0, 0, 1));
        (await Store.GetHistoryAsync("ISO 23257", Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Upsert_EditionsInEitherOrder_GiveTheSameDocument()
    {
        var old = Edition("ISO 22739:2020", "Vocabulary", "95.99", "2020-07");
        var current = Edition("ISO 22739:2024", "Vocabulary", "60.60", "2024-05");

        await UpsertAsync(Document("ISO 22739", editions: current));
        await UpsertAsync(Document("ISO 22739", editions: old));
        var first = await Store.GetDocumentAsync("ISO 22739", Ct);

        await UpsertAsync(Document("ISO 23000", editions: Edition("ISO 23000:2020", "x", "95.99", "2020-07")));
        await UpsertAsync(Document("ISO 23000", editions: Edition("ISO 23000:2024", "x", "60.60", "2024-05")));
        var second = await Store.GetDocumentAsync("ISO 23000", Ct);

        first!.Designation.ShouldBe("ISO 22739:2024");
        first.Lifecycle.Stage.ShouldBe(LifecycleStage.Published);
        first.Editions.Select(e => e.Id).ShouldBe(["ISO 22739:2024", "ISO 22739:2020"]);
        second!.Designation.ShouldBe("ISO 23000:2024");
        second.Editions.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Upsert_DuplicateKeysInOneBatch_AreMerged()
    {
        var report = await UpsertAsync(
            Document("ISO 22739", editions: Edition("ISO 22739:2020", "Vocabulary", "95.99", "2020-07")),
            Document("ISO 22739", editions: Edition("ISO 22739:2024", "Vocabulary", "60.60", "2024-05")));

        report.ShouldBe(new UpsertReport(1, 0, 0));
        (await Store.GetDocumentAsync("ISO 22739", Ct))!.Editions.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Upsert_ChangedTitle_IsChangedWithFieldDiffInHistory()
    {
        await Store.UpsertAsync(new GraphBatch { Documents = [Itu("ITU-T X.1401", "Security threats to DLT")] }, At(0, "crawl", "run-1"), Ct);

        var report = await Store.UpsertAsync(new GraphBatch { Documents = [Itu("ITU-T X.1401", "Security threats to distributed ledger technology")] }, At(5, "crawl", "run-2"), Ct);
        var history = await Store.GetHistoryAsync("ITU-T X.1401", Ct);

        report.ShouldBe(new UpsertReport(0, 1, 0));
        history.Select(h => h.Kind).ShouldBe([ChangeKind.Added, ChangeKind.Changed]);
        history[1].RunId.ShouldBe("run-2");
        history[1].At.ShouldBe(T0.AddMinutes(5));
        var title = history[1].Fields.ShouldHaveSingleItem();
        title.ShouldBe(new FieldChange("title", "Security threats to DLT", "Security threats to distributed ledger technology"));
    }

    [Fact]
    public async Task Upsert_Withdrawal_IsRecordedAsWithdrawn()
    {
        await UpsertAsync(Itu("ITU-T X.1402", "Security framework", "In force"));

        await Store.UpsertAsync(new GraphBatch { Documents = [Itu("ITU-T X.1402", "Security framework", "Withdrawn")] }, At(1), Ct);

        var last = (await Store.GetHistoryAsync("ITU-T X.1402", Ct))[^1];
        last.Kind.ShouldBe(ChangeKind.Withdrawn);
        last.Fields.ShouldContain(f => f.Field == "stage" && f.After == "Withdrawn");
    }

    [Fact]
    public async Task Upsert_InvalidRecordInBatch_WritesNothingOfTheBatch()
    {
        var good = Iso("ISO 23257", "Reference architecture");
        var bad = good with { Key = " " };

        await Should.ThrowAsync<ArgumentException>(() => UpsertAsync(good, bad));

        (await Store.GetDocumentAsync("ISO 23257", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task GetDocuments_ManyKeys_ReturnsFoundOnes()
    {
        await UpsertAsync(Iso("ISO 1", "a"), Iso("ISO 2", "b"), Iso("ISO 3", "c"));

        var found = await Store.GetDocumentsAsync(["ISO 1", "ISO 3", "ISO 404"], Ct);

        found.Keys.Order(StringComparer.Ordinal).ShouldBe(["ISO 1", "ISO 3"]);
    }

    [Fact]
    public async Task GetDocument_UnknownKey_ReturnsNull() =>
        (await Store.GetDocumentAsync("ISO 999999", Ct)).ShouldBeNull();

    [Fact]
    public async Task Stats_CountByBodyAndLifecycle()
    {
        await UpsertAsync(
            Iso("ISO 1", "a"),
            Iso("ISO 2", "b", "40.20", null),
            Document("ISO 3", editions: [Edition("ISO 3:2019", "c", "95.99"), Edition("ISO 3:2023", "c")]),
            Itu("ITU-T X.1401", "d"));
        await Store.UpsertAsync(new GraphBatch { Committees = [Committee("ISO/TC 307")], Relations = [new DocumentRelation("ISO 1", RelationType.Replaces, "ISO 2")] }, At(1), Ct);

        var stats = await Store.GetStatsAsync(Ct);

        stats.Documents.ShouldBe(4);
        stats.Editions.ShouldBe(5);
        stats.Committees.ShouldBe(1);
        stats.Relations.ShouldBe(1);
        stats.ByBody["ISO"].ShouldBe(3);
        stats.ByBody["ITU-T"].ShouldBe(1);
        stats.ByLifecycle["Published"].ShouldBe(3);
        stats.ByLifecycle["InDevelopment"].ShouldBe(1);
        stats.ByCommittee["ISO/TC 307"].ShouldBe(3);
    }
}
