using Roadmap.Core.Gaps;

namespace Roadmap.TestKit.Conformance;

public abstract partial class AnalysisStoreConformance
{
    [Fact]
    public async Task SaveGaps_Versions_NewIsOneChangedGrowsUnchangedKeeps()
    {
        await Store.SaveGapsAsync([Gap("a"), Gap("b")], Ct);
        var first = (await Store.GetGapAsync("gap:a", Ct))!;

        await Store.SaveGapsAsync([first, (await Store.GetGapAsync("gap:b", Ct))! with { Priority = 99 }], Ct);
        var a = (await Store.GetGapAsync("gap:a", Ct))!;
        var b = (await Store.GetGapAsync("gap:b", Ct))!;

        first.Version.ShouldBe(1);
        first.UpdatedAt.ShouldNotBeNull();
        a.Version.ShouldBe(1, "saving the same content is no change");
        b.Version.ShouldBe(2);
        b.Priority.ShouldBe(99);
        b.UpdatedAt!.Value.ShouldBeGreaterThanOrEqualTo(first.UpdatedAt!.Value);
        (await Store.ListGapsAsync(null, Ct)).Single(g => g.Id == "gap:b").Version.ShouldBe(2);
    }

    [Fact]
    public async Task SaveGaps_RecordReadBeforeAConcurrentChange_IsNotWritten()
    {
        await Store.SaveGapsAsync([Gap("a")], Ct);
        var read = (await Store.GetGapAsync("gap:a", Ct))!;
        await Store.AddGapNoteAsync("gap:a", new GapNote("editor:alice", T0, "mine"), Ct);

        await Store.SaveGapsAsync([read with { Statement = "from a run that read version 1" }], Ct);
        var stored = (await Store.GetGapAsync("gap:a", Ct))!;

        stored.Version.ShouldBe(2);
        stored.Statement.ShouldBe(read.Statement);
        stored.Notes.Single().Text.ShouldBe("mine");
    }

    [Fact]
    public async Task UpdateGap_EveryChangeIncrementsTheVersion()
    {
        await Store.SaveGapsAsync([Gap("a")], Ct);

        var edited = await Store.UpdateGapAsync("gap:a", new GapEdit { ExpectedVersion = 1, Statement = "Sharper.", SuggestedOwner = "ISO/TC 307", PriorityOverride = new PriorityOverride(12, "urgent for the focus group", "Alice", T0) }, Ct);
        await Store.SetGapStatusAsync("gap:a", new GapStatusChange { To = GapStatus.Closed, At = T0, Actor = "editor:alice" }, Ct);
        await Store.AddGapNoteAsync("gap:a", new GapNote("editor:bob", T0, "noted"), Ct);
        var read = (await Store.GetGapAsync("gap:a", Ct))!;

        edited.Outcome.ShouldBe(GapEditOutcome.Updated);
        edited.Gap!.Version.ShouldBe(2);
        read.Version.ShouldBe(4);
        (read.Statement, read.SuggestedOwner, read.Priority, read.Status).ShouldBe(("Sharper.", "ISO/TC 307", 12.0, GapStatus.Closed));
        read.Notes.Single().Text.ShouldBe("noted");
        (read.PriorityOverride?.Reason, read.StatementEdited, read.OwnerEdited).ShouldBe(("urgent for the focus group", true, true));
    }

    [Fact]
    public async Task UpdateGap_ClearPriorityOverride_BackToTheFormulasScore()
    {
        await Store.SaveGapsAsync([Gap("a") with { Priority = 40, PriorityBreakdown = new GapPriority(40, "formula", []) }], Ct);
        await Store.UpdateGapAsync("gap:a", new GapEdit { PriorityOverride = new PriorityOverride(90, "why", "Alice", T0) }, Ct);

        var cleared = await Store.UpdateGapAsync("gap:a", new GapEdit { ClearPriorityOverride = true }, Ct);

        (cleared.Gap!.Priority, cleared.Gap.PriorityOverride).ShouldBe((40.0, (PriorityOverride?)null));
    }

    [Fact]
    public async Task UpdateGap_StaleVersion_ConflictAndNothingWritten()
    {
        await Store.SaveGapsAsync([Gap("a")], Ct);
        await Store.AddGapNoteAsync("gap:a", new GapNote("editor:bob", T0, "first"), Ct);

        var stale = await Store.UpdateGapAsync("gap:a", new GapEdit { ExpectedVersion = 1, Statement = "lost?", StatusChange = new GapStatusChange { To = GapStatus.Dismissed, At = T0, Actor = "editor:alice" } }, Ct);
        var missing = await Store.UpdateGapAsync("gap:none", new GapEdit { Statement = "x" }, Ct);
        var read = (await Store.GetGapAsync("gap:a", Ct))!;

        stale.Outcome.ShouldBe(GapEditOutcome.Conflict);
        stale.Gap!.Version.ShouldBe(2);
        missing.Outcome.ShouldBe(GapEditOutcome.NotFound);
        read.Version.ShouldBe(2);
        read.Statement.ShouldBe("Nothing covers a.");
        read.Status.ShouldBe(GapStatus.Open);
    }
}
