using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;

namespace Roadmap.TestKit.Conformance;

public abstract partial class AnalysisStoreConformance
{
    [Fact]
    public async Task SaveGaps_ReadBack_KeepsEvidenceBreakdownAndHistory()
    {
        var gap = Gap("security.crypto", 61.2);

        await Store.SaveGapsAsync([gap], Ct);
        var read = await Store.GetGapAsync(gap.Id, Ct);

        read.ShouldNotBeNull();
        read.Statement.ShouldBe(gap.Statement);
        read.PriorityBreakdown!.Terms.Single().ShouldBe(gap.PriorityBreakdown!.Terms[0]);
        read.Evidence.ShouldBe(gap.Evidence);
        read.WorkInProgress.ShouldBe(gap.WorkInProgress);
        read.History.Single().ShouldBe(gap.History[0] with { EvidenceKeys = read.History[0].EvidenceKeys });
        read.History[0].EvidenceKeys.ShouldBeEmpty();
        (await Store.GetGapAsync("gap:missing", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task ListGaps_ByStatus_HighestPriorityFirst()
    {
        await Store.SaveGapsAsync([Gap("a", 10), Gap("b", 70), Gap("c", 40, GapStatus.Addressed), Gap("d", 55)], Ct);

        var open = await Store.ListGapsAsync(GapStatus.Open, Ct);
        var all = await Store.ListGapsAsync(null, Ct);

        open.Select(g => g.TopicId).ShouldBe(["b", "d", "a"]);
        all.Count.ShouldBe(4);
    }

    [Fact]
    public async Task SetGapStatus_AppendsHistoryWithTheFormerStatus()
    {
        await Store.SaveGapsAsync([Gap("a")], Ct);

        var done = await Store.SetGapStatusAsync("gap:a", new GapStatusChange { To = GapStatus.Dismissed, At = T0.AddDays(1), Actor = "editor:alice", Reason = "out of scope" }, Ct);
        var missing = await Store.SetGapStatusAsync("gap:none", new GapStatusChange { To = GapStatus.Closed, At = T0, Actor = "editor:alice" }, Ct);
        var read = await Store.GetGapAsync("gap:a", Ct);

        done.ShouldBeTrue();
        missing.ShouldBeFalse();
        read!.Status.ShouldBe(GapStatus.Dismissed);
        read.History.Count.ShouldBe(2);
        read.History[^1].From.ShouldBe(GapStatus.Open);
        (await Store.ListGapsAsync(GapStatus.Dismissed, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task AddGapNote_KeepsNotesInOrder()
    {
        await Store.SaveGapsAsync([Gap("a")], Ct);

        await Store.AddGapNoteAsync("gap:a", new GapNote("editor:alice", T0, "first"), Ct);
        await Store.AddGapNoteAsync("gap:a", new GapNote("editor:bob", T0.AddMinutes(1), "second"), Ct);

        (await Store.GetGapAsync("gap:a", Ct))!.Notes.Select(n => n.Text).ShouldBe(["first", "second"]);
        (await Store.AddGapNoteAsync("gap:none", new GapNote("x", T0, "y"), Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task ReplaceOverlaps_ListsByScore_KnownOnlyWhenAsked()
    {
        await Store.ReplaceOverlapsAsync([Overlap("old", "pair", 0.9)], Ct);

        await Store.ReplaceOverlapsAsync([Overlap("A", "B", 0.4), Overlap("C", "D", 0.7), Overlap("E", "F", 0.2, RelationType.IdenticalTo)], Ct);
        var unknown = await Store.ListOverlapsAsync(0.3, includeKnown: false, Ct);
        var withKnown = await Store.ListOverlapsAsync(0.3, includeKnown: true, Ct);

        unknown.Select(o => o.FirstKey).ShouldBe(["C", "A"]);
        withKnown.Select(o => o.FirstKey).ShouldBe(["C", "A", "E"]);
        withKnown[^1].KnownRelation.ShouldBe(RelationType.IdenticalTo);
        unknown[0].SharedTerms.ShouldBe(["contract", "smart"]);
    }

    [Fact]
    public async Task GetLiveRun_AfterManyAsOfRuns_StillTheLiveOne()
    {
        // Arrange: a live run, then 250 readers' "as of" runs after it.
        var live = new AnalysisRun { Id = "run-live", StartedAt = T0, Mode = AnalysisMode.Full, TaxonomyHash = "h", ChangesThroughSeq = 7 };
        await Store.SaveRunAsync(live, null, Ct);
        for (var i = 0; i < 250; i++)
        {
            await Store.SaveRunAsync(live with { Id = $"run-asof-{i:D3}", StartedAt = T0.AddMinutes(i + 1), AsOf = new DateOnly(2019, 1, 1).AddDays(i) }, null, Ct);
        }

        // Act
        var found = await Store.GetLiveRunAsync(Ct);

        // Assert
        found.ShouldNotBeNull().Id.ShouldBe("run-live");
        found.ChangesThroughSeq.ShouldBe(7);
    }

    [Fact]
    public async Task GetLiveRun_OnlyAsOfRuns_Null()
    {
        // Arrange
        await Store.SaveRunAsync(new AnalysisRun { Id = "run-asof", StartedAt = T0, Mode = AnalysisMode.Full, TaxonomyHash = "h", AsOf = new DateOnly(2019, 12, 31) }, null, Ct);

        // Act
        var found = await Store.GetLiveRunAsync(Ct);

        // Assert
        found.ShouldBeNull();
    }

    [Fact]
    public async Task SaveRun_ListsNewestFirst_WithSnapshot()
    {
        var first = new AnalysisRun { Id = "run-1", StartedAt = T0, Mode = AnalysisMode.Full, TaxonomyHash = "h", ChangesThrough = T0 };
        var second = first with { Id = "run-2", StartedAt = T0.AddHours(1), Mode = AnalysisMode.Incremental, AsOf = new DateOnly(2019, 12, 31) };
        var snapshot = new AnalysisSnapshot
        {
            RunId = "run-2",
            Coverage = [new CoverageCell { TopicId = "t", Dimension = CoverageDimension.Body, Value = "ISO", Published = 2, Newest = new PartialDate(2019, 11) }],
            Liaisons = [],
            Gaps = [Gap("a")],
        };

        await Store.SaveRunAsync(first, null, Ct);
        await Store.SaveRunAsync(second, snapshot, Ct);
        var runs = await Store.ListRunsAsync(10, Ct);
        var read = await Store.GetSnapshotAsync("run-2", Ct);

        runs.ShouldBe([second, first]);
        read!.Coverage.Single().ShouldBe(snapshot.Coverage[0]);
        read.Gaps.Single().Id.ShouldBe("gap:a");
        (await Store.GetSnapshotAsync("run-1", Ct)).ShouldBeNull();
    }
}
