using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using static Roadmap.TestKit.Builders;

namespace Roadmap.TestKit.Conformance;

public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task Relations_AreIdempotentAndReadFromBothEnds()
    {
        await UpsertAsync(Itu("ITU-T X.1401", "threats"), Iso("ISO/IEC 27001", "ISMS"), Iso("ISO 1", "one"));
        var relations = new[]
        {
            new DocumentRelation("ITU-T X.1401", RelationType.IdenticalTo, "ISO/IEC 27001") { Source = "test" },
            new DocumentRelation("ISO 1", RelationType.Replaces, "ITU-T X.1401"),
            new DocumentRelation("ITU-T X.1401", RelationType.NormativeReference, "ISO 404"),
        };

        await Store.UpsertAsync(new GraphBatch { Relations = relations }, At(0), Ct);
        await Store.UpsertAsync(new GraphBatch { Relations = relations }, At(1), Ct);

        var all = await Store.GetRelationsAsync("ITU-T X.1401", null, Ct);
        var identical = await Store.GetRelationsAsync("ISO/IEC 27001", [RelationType.IdenticalTo], Ct);
        var neighbours = await Store.GetNeighboursAsync("ITU-T X.1401", null, Ct);

        all.Count.ShouldBe(3);
        identical.ShouldHaveSingleItem().Source.ShouldBe("test");
        // The dangling target (ISO 404) is a relation but not a neighbour.
        neighbours.Select(n => (n.Document.Key, n.Type, n.Outgoing)).OrderBy(n => n.Key, StringComparer.Ordinal)
            .ShouldBe([("ISO 1", RelationType.Replaces, false), ("ISO/IEC 27001", RelationType.IdenticalTo, true)]);
        (await Store.GetStatsAsync(Ct)).Relations.ShouldBe(3);
    }

    [Fact]
    public async Task RelationsFor_ManyKeys_GroupsEachRelationUnderBothEnds()
    {
        await UpsertAsync(Itu("ITU-T X.1401", "a"), Iso("ISO/IEC 1", "b"), Iso("ISO 2", "c"));
        await Store.UpsertAsync(
            new GraphBatch
            {
                Relations =
                [
                    new DocumentRelation("ITU-T X.1401", RelationType.CommonText, "ISO/IEC 1"),
                    new DocumentRelation("ITU-T X.1401", RelationType.NormativeReference, "ISO 2"),
                    new DocumentRelation("ISO 2", RelationType.NormativeReference, "ISO 404"),
                ],
            },
            At(0),
            Ct);

        var all = await Store.GetRelationsForAsync(["ITU-T X.1401", "ISO 2", "ISO 3"], null, Ct);
        var common = await Store.GetRelationsForAsync(["ISO/IEC 1", "ISO 2"], [RelationType.CommonText], Ct);

        all["ITU-T X.1401"].Count.ShouldBe(2);
        all["ISO 2"].Select(r => r.ToKey).ShouldBe(["ISO 404", "ISO 2"], ignoreOrder: true);
        all["ISO 3"].ShouldBeEmpty();
        all["ITU-T X.1401"].ShouldBe(await Store.GetRelationsAsync("ITU-T X.1401", null, Ct), ignoreOrder: true);
        common["ISO/IEC 1"].ShouldHaveSingleItem().FromKey.ShouldBe("ITU-T X.1401");
        common["ISO 2"].ShouldBeEmpty();
    }

    [Fact]
    public async Task Neighbours_FilteredByType()
    {
        await UpsertAsync(Itu("ITU-T X.1401", "a"), Iso("ISO/IEC 1", "b"), Iso("ISO 2", "c"));
        await Store.UpsertAsync(
            new GraphBatch
            {
                Relations =
                [
                    new DocumentRelation("ITU-T X.1401", RelationType.CommonText, "ISO/IEC 1"),
                    new DocumentRelation("ITU-T X.1401", RelationType.NormativeReference, "ISO 2"),
                ],
            },
            At(0),
            Ct);

        var common = await Store.GetNeighboursAsync("ITU-T X.1401", [RelationType.CommonText], Ct);

        common.ShouldHaveSingleItem().Document.Key.ShouldBe("ISO/IEC 1");
    }

    [Fact]
    public async Task Committees_MergeKnownValuesAndList()
    {
        await Store.UpsertAsync(new GraphBatch { Committees = [Committee("ISO/TC 307", title: "Blockchain and distributed ledger technologies")] }, At(0), Ct);
        await Store.UpsertAsync(new GraphBatch { Committees = [Committee("ISO/TC 307"), Committee("ISO/TC 307/WG 2")] }, At(1), Ct);

        var tc = await Store.GetCommitteeAsync("ISO/TC 307", Ct);
        var all = await Store.ListCommitteesAsync(Ct);

        tc!.Title.ShouldBe("Blockchain and distributed ledger technologies");
        all.Select(c => (c.Key, c.ParentKey)).ShouldBe([("ISO/TC 307", null), ("ISO/TC 307/WG 2", "ISO/TC 307")]);
        (await Store.GetCommitteeAsync("ISO/TC 404", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task CrawlRuns_AreSavedUpdatedAndListedNewestFirst()
    {
        var first = new CrawlRun { Id = "run-1", Source = "iso-open-data", StartedAt = T0 };
        var second = new CrawlRun { Id = "run-2", Source = "itu-t", StartedAt = T0.AddHours(1) };

        await Store.SaveCrawlRunAsync(first, Ct);
        await Store.SaveCrawlRunAsync(second, Ct);
        await Store.SaveCrawlRunAsync(first with { State = CrawlRunState.Succeeded, Added = 3, FinishedAt = T0.AddMinutes(2) }, Ct);

        var runs = await Store.ListCrawlRunsAsync(10, Ct);

        runs.Select(r => r.Id).ShouldBe(["run-2", "run-1"]);
        runs[1].State.ShouldBe(CrawlRunState.Succeeded);
        runs[1].Added.ShouldBe(3);
        runs[1].FinishedAt.ShouldBe(T0.AddMinutes(2));
    }

    [Fact]
    public async Task Changes_SinceATime_ListsLaterOnesOldestFirst()
    {
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a")] }, At(0), Ct);
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 2", "b")] }, At(10), Ct);
        await Store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a2")] }, At(20), Ct);

        var since = await Store.GetChangesAsync(T0.AddMinutes(5), 100, Ct);
        var all = await Store.GetChangesAsync(null, 100, Ct);

        since.Select(c => (c.DocumentKey, c.Kind)).ShouldBe([("ISO 2", ChangeKind.Added), ("ISO 1", ChangeKind.Changed)]);
        all.Count.ShouldBe(3);
        (await Store.GetStatsAsync(Ct)).LastChangeAt.ShouldBe(T0.AddMinutes(20));
    }
}
