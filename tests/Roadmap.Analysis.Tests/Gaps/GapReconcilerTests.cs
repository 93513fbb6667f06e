using Roadmap.Analysis.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Tests.Gaps;

public sealed class GapReconcilerTests
{
    private static readonly DateTimeOffset T1 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddDays(1);

    [Fact]
    public void Reconcile_NewFinding_RecordsTheGapWithItsRunAndDetection()
    {
        // Arrange
        var found = Found("sec.a", GapKind.NoPublished, GapStatus.Addressed, work: ["ISO/AWI 7"]);

        // Act
        var gap = GapReconciler.Reconcile([Open(found)], [], "r1", T1).Single();

        // Assert
        gap.Id.ShouldBe("gap:sec.a");
        (gap.FirstSeenRun, gap.LastChangedRun).ShouldBe(("r1", "r1"));
        gap.Status.ShouldBe(GapStatus.Addressed);
        var detected = gap.History.ShouldHaveSingleItem();
        (detected.From, detected.To, detected.At, detected.Actor, detected.Reason).ShouldBe(((GapStatus?)null, GapStatus.Addressed, T1, "run:r1", "detected: NoPublished"));
        detected.EvidenceKeys.ShouldBe(["ISO/AWI 7"]);
    }

    [Fact]
    public void Reconcile_CoveredTopicNeverStored_RecordsNothing()
    {
        // Act
        var gaps = GapReconciler.Reconcile([Covered("sec.a", "ISO 8")], [], "r1", T1);

        // Assert
        gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Reconcile_SameFindingAgain_ReturnsTheStoredGapUntouched()
    {
        // Arrange: as the store keeps it, with its version.
        var stored = Stored(Found("sec.a"), version: 4);

        // Act
        var gap = GapReconciler.Reconcile([Open(Found("sec.a"))], [stored], "r2", T2).Single();

        // Assert: the very record, so the store sees no change and keeps version 4.
        gap.ShouldBeSameAs(stored);
        gap.LastChangedRun.ShouldBe("r1");
    }

    [Fact]
    public void Reconcile_PriorityMoved_RefreshesTheGapAndStampsTheRun()
    {
        // Arrange
        var stored = Stored(Found("sec.a"), version: 4);

        // Act
        var gap = GapReconciler.Reconcile([Open(Found("sec.a", priority: 80))], [stored], "r2", T2).Single();

        // Assert: the version is the store's to bump; the status did not move, so no history.
        gap.Priority.ShouldBe(80);
        (gap.FirstSeenRun, gap.LastChangedRun).ShouldBe(("r1", "r2"));
        gap.Version.ShouldBe(4);
        gap.History.Count.ShouldBe(1);
    }

    [Fact]
    public void Reconcile_OnlyTheBreakdownsWordingChanged_StoresTheNewWording()
    {
        // Arrange: stored by an earlier version, whose explanation read "1 body(ies)".
        var breakdown = new GapPriority(75, "formula", [new PriorityTerm("D", 0.667, 0.15, "1 body with documents in force")]);
        var stored = Stored(Found("sec.a") with { PriorityBreakdown = breakdown with { Terms = [new PriorityTerm("D", 0.667, 0.15, "1 body(ies) with documents in force")] } }, version: 4);

        // Act
        var gap = GapReconciler.Reconcile([Open(Found("sec.a") with { PriorityBreakdown = breakdown })], [stored], "r2", T2).Single();

        // Assert
        gap.PriorityBreakdown!.Terms.Single().Explanation.ShouldBe("1 body with documents in force");
        gap.LastChangedRun.ShouldBe("r2");
    }

    [Fact]
    public void Reconcile_SameBreakdownInANewList_ReturnsTheStoredGapUntouched()
    {
        // Arrange: equal terms in a list of its own, as every run computes them afresh.
        static GapPriority Breakdown() => new(75, "formula", [new PriorityTerm("D", 0.667, 0.15, "1 body with documents in force")]);
        var stored = Stored(Found("sec.a") with { PriorityBreakdown = Breakdown() }, version: 4);

        // Act
        var gap = GapReconciler.Reconcile([Open(Found("sec.a") with { PriorityBreakdown = Breakdown() })], [stored], "r2", T2).Single();

        // Assert
        gap.ShouldBeSameAs(stored);
    }

    [Fact]
    public void Reconcile_WorkInDevelopmentAppears_OpenGapAddressedCitingTheNewWork()
    {
        // Arrange
        var stored = Stored(Found("sec.a"));
        var found = Found("sec.a", GapKind.NoPublished, GapStatus.Addressed, work: ["ISO/AWI 7"]);

        // Act
        var gap = GapReconciler.Reconcile([Open(found)], [stored], "r2", T2).Single();

        // Assert
        (gap.Status, gap.Kind).ShouldBe((GapStatus.Addressed, GapKind.NoPublished));
        gap.WorkInProgress.ShouldBe(["ISO/AWI 7"]);
        var change = gap.History[^1];
        (change.From, change.To, change.At, change.Actor, change.Reason).ShouldBe(((GapStatus?)GapStatus.Open, GapStatus.Addressed, T2, "run:r2", "work in development now covers the topic"));
        change.EvidenceKeys.ShouldBe(["ISO/AWI 7"]);
        gap.LastChangedRun.ShouldBe("r2");
    }

    [Fact]
    public void Reconcile_FreshDocumentCoversTheTopic_AddressedWithTheDocumentAsWorkInProgress()
    {
        // Arrange
        var stored = Stored(Found("sec.a"));

        // Act
        var gap = GapReconciler.Reconcile([Covered("sec.a", "ISO 9", "ISO 8")], [stored], "r2", T2).Single();

        // Assert: the history cites only what the gap did not already list (ISO 9 was adjacent evidence); statement,
        // kind and priority stay those last found; the covering documents, in force or not, land in WorkInProgress.
        gap.Status.ShouldBe(GapStatus.Addressed);
        gap.History[^1].Reason.ShouldBe("a document in force now covers the topic");
        gap.History[^1].EvidenceKeys.ShouldBe(["ISO 8"]);
        gap.WorkInProgress.ShouldBe(["ISO 9", "ISO 8"]);
        (gap.Kind, gap.Statement, gap.Priority).ShouldBe((stored.Kind, stored.Statement, stored.Priority));
    }

    [Fact]
    public void Reconcile_AddressingDocumentAlreadyInTheEvidence_CitesEveryCoveringKey()
    {
        // Arrange: ISO 9 was adjacent evidence of the open gap; now it alone covers the topic.
        var stored = Stored(Found("sec.a"));

        // Act
        var gap = GapReconciler.Reconcile([Covered("sec.a", "ISO 9")], [stored], "r2", T2).Single();

        // Assert
        gap.History[^1].EvidenceKeys.ShouldBe(["ISO 9"]);
    }

    [Fact]
    public void Reconcile_WorkThatAddressedTheGapIsGone_ReopensWithoutEvidence()
    {
        // Arrange
        var stored = Stored(Found("sec.a", GapKind.NoPublished, GapStatus.Addressed, work: ["ISO/AWI 7"]));

        // Act
        var gap = GapReconciler.Reconcile([Open(Found("sec.a"))], [stored], "r2", T2).Single();

        // Assert
        gap.Status.ShouldBe(GapStatus.Open);
        gap.WorkInProgress.ShouldBeEmpty();
        var change = gap.History[^1];
        (change.From, change.To, change.Reason).ShouldBe(((GapStatus?)GapStatus.Addressed, GapStatus.Open, "the work that addressed the gap is no longer there"));
        change.EvidenceKeys.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(GapStatus.Closed)]
    [InlineData(GapStatus.Dismissed)]
    public void Reconcile_EditorClosedOrDismissed_KeepsTheEditorsStatus(GapStatus editorStatus)
    {
        // Arrange
        var stored = Stored(Found("sec.a")) with { Status = editorStatus };
        var found = Found("sec.a", GapKind.NoPublished, GapStatus.Addressed, work: ["ISO/AWI 7"]);

        // Act
        var covered = GapReconciler.Reconcile([Covered("sec.a", "ISO 8")], [stored], "r2", T2).Single();
        var addressed = GapReconciler.Reconcile([Open(found)], [stored], "r2", T2).Single();

        // Assert: the content is refreshed, the status and its history are not.
        covered.Status.ShouldBe(editorStatus);
        addressed.Status.ShouldBe(editorStatus);
        addressed.History.Count.ShouldBe(1);
        addressed.WorkInProgress.ShouldBe(["ISO/AWI 7"]);
    }

    [Fact]
    public void Reconcile_EditorGapWithOnlyTheWorkItListed_StaysAsTheEditorWroteIt()
    {
        // Arrange
        var stored = EditorGap(work: ["ISO/AWI 7"]);
        var found = Found("sec.a", GapKind.NoPublished, GapStatus.Addressed, priority: 24, work: ["ISO/AWI 7"]);

        // Act
        var gaps = GapReconciler.Reconcile([Open(found)], [stored], "r2", T2);

        // Assert: the analysis' own gap on the topic is recorded beside it.
        gaps.Single(g => g.Id == stored.Id).ShouldBeSameAs(stored);
        gaps.Select(g => g.Id).ShouldBe(["gap:editor-1", "gap:sec.a"]);
    }

    [Fact]
    public void Reconcile_EditorGapAndNewWork_AddressedCitingOnlyTheNewWork()
    {
        // Arrange
        var stored = EditorGap(work: ["ISO/AWI 7"]);
        var found = Found("sec.a", GapKind.NoPublished, GapStatus.Addressed, priority: 24, work: ["ISO/AWI 7", "ISO/AWI 8"]);

        // Act
        var gap = GapReconciler.Reconcile([Open(found)], [stored], "r2", T2).Single(g => g.Id == stored.Id);

        // Assert: the editor's statement, kind and priority stay; only the work in progress follows the analysis.
        gap.Status.ShouldBe(GapStatus.Addressed);
        gap.History[^1].EvidenceKeys.ShouldBe(["ISO/AWI 8"]);
        (gap.Kind, gap.Statement, gap.Priority).ShouldBe((GapKind.Editor, "Editors want a profile.", 60.0));
        gap.WorkInProgress.ShouldBe(["ISO/AWI 7", "ISO/AWI 8"]);
        gap.LastChangedRun.ShouldBe("r2");
    }

    [Fact]
    public void Reconcile_TopicLeftTheTaxonomy_OrphansTheOpenGapWithItsReason()
    {
        // Arrange
        var stored = Stored(Found("sec.gone"));

        // Act
        var gap = GapReconciler.Reconcile([Covered("sec.a", "ISO 8")], [stored], "r2", T2).Single();

        // Assert: kept for the record, no longer open.
        gap.Status.ShouldBe(GapStatus.Orphaned);
        gap.LastChangedRun.ShouldBe("r2");
        gap.History[^1].Reason.ShouldBe("topic 'sec.gone' is no longer in the taxonomy");
    }

    [Fact]
    public void Reconcile_TopicLeftTheTaxonomyAndTheGapWasDismissed_KeepsTheEditorsStatus()
    {
        // Arrange
        var stored = Stored(Found("sec.gone")) with { Status = GapStatus.Dismissed };

        // Act
        var gap = GapReconciler.Reconcile([], [stored], "r2", T2).Single();

        // Assert
        gap.ShouldBeSameAs(stored);
    }

    [Fact]
    public void Reconcile_TwoFindingsOnOneTopic_RecordsEachUnderItsOwnId()
    {
        // Arrange
        var thin = Found("sec.a") with { Id = GapIds.For("sec.a", GapKind.Thin), Kind = GapKind.Thin };
        var single = Found("sec.a") with { Id = GapIds.For("sec.a", GapKind.SingleBody), Kind = GapKind.SingleBody };

        // Act
        var gaps = GapReconciler.Reconcile([new GapFinding("sec.a", [thin, single], [])], [], "r1", T1);

        // Assert
        gaps.Select(g => g.Id).ShouldBe(["gap:sec.a/thin", "gap:sec.a/single-body"]);
    }

    [Fact]
    public void Reconcile_FindingNoLongerHolds_AddressedSayingSo()
    {
        // Arrange: the topic was thin; now a second normative text exists, so the rule no longer fires.
        var stored = Stored(Found("sec.a") with { Id = GapIds.For("sec.a", GapKind.Thin), Kind = GapKind.Thin });

        // Act
        var gap = GapReconciler.Reconcile([new GapFinding("sec.a", [], ["ISO 8", "ISO 9"])], [stored], "r2", T2).Single();

        // Assert
        gap.Status.ShouldBe(GapStatus.Addressed);
        gap.History[^1].Reason.ShouldBe("the finding no longer holds");
    }

    [Fact]
    public void Reconcile_OnlyTheSuggestedOwnerChanged_RecordsTheNewOwner()
    {
        // Arrange
        var stored = Stored(Found("sec.a"));

        // Act
        var gap = GapReconciler.Reconcile([Open(Found("sec.a") with { SuggestedOwner = "ISO/TC 307/WG 2" })], [stored], "r2", T2).Single();

        // Assert
        gap.SuggestedOwner.ShouldBe("ISO/TC 307/WG 2");
        gap.LastChangedRun.ShouldBe("r2");
    }

    [Fact]
    public void Reconcile_KindNowHeldByAnotherFindingOnTheSameEvidence_MergedNamingIt()
    {
        // Arrange: a thin finding stored alone; now the stale finding of the topic holds it too.
        var thin = Found("sec.a", GapKind.Thin) with { Id = "gap:sec.a/thin" };
        var stale = Found("sec.a", GapKind.StaleOnly) with { AlsoHolds = [new GapAspect(GapKind.Thin)] };

        // Act
        var gaps = GapReconciler.Reconcile([Open(stale)], [Stored(thin)], "r2", T2);

        // Assert
        var merged = gaps.Single(g => g.Id == "gap:sec.a/thin");
        merged.Status.ShouldBe(GapStatus.Merged);
        merged.History[^1].Reason.ShouldBe("now part of gap:sec.a, which rests on the same evidence");
        gaps.Single(g => g.Id == "gap:sec.a").AlsoHolds.ShouldBe([new GapAspect(GapKind.Thin)]);
    }

    [Fact]
    public void Reconcile_EvidenceParts_MergedFindingOpensAgain()
    {
        // Arrange
        var thin = Found("sec.a", GapKind.Thin) with { Id = "gap:sec.a/thin" };
        var merged = Stored(thin) with { Status = GapStatus.Merged };

        // Act
        var gap = GapReconciler.Reconcile([Open(thin)], [merged], "r2", T2).Single();

        // Assert
        gap.Status.ShouldBe(GapStatus.Open);
        gap.History[^1].Reason.ShouldBe("its evidence is no longer the same as another finding's");
    }

    [Fact]
    public void Reconcile_EditorsPriorityStatementAndOwner_OutliveTheRunWhileTheFormulaMovesOn()
    {
        // Arrange: an editor set the priority (with a reason), the statement and the owner.
        var byEditor = new PriorityOverride(95, "the focus group's top concern", "Ada", T1);
        var stored = Stored(Found("sec.a")) with
        {
            Priority = 95,
            PriorityOverride = byEditor,
            Statement = "Editors' words.",
            StatementEdited = true,
            SuggestedOwner = "ISO/TC 307/JWG 4",
            OwnerEdited = true,
        };
        var rerun = Found("sec.a", priority: 60) with { PriorityBreakdown = new GapPriority(60, "f", []) };

        // Act
        var gap = GapReconciler.Reconcile([Open(rerun)], [stored], "r2", T2).Single();

        // Assert
        (gap.Priority, gap.PriorityOverride, gap.PriorityBreakdown!.Score).ShouldBe((95.0, byEditor, 60.0));
        (gap.Statement, gap.SuggestedOwner).ShouldBe(("Editors' words.", "ISO/TC 307/JWG 4"));
    }

    /// <summary>A gap as the detector finds it: adjacent evidence ISO 9, owner ITU-T SG17.</summary>
    private static Gap Found(string topic, GapKind kind = GapKind.NoCoverage, GapStatus status = GapStatus.Open, double priority = 75, string[]? work = null) => new()
    {
        Id = "gap:" + topic,
        TopicId = topic,
        Statement = $"Nothing covers {topic} ({kind}).",
        Kind = kind,
        Status = status,
        Priority = priority,
        Evidence = [new GapEvidence("ISO 9", MappingType.Adjacent, 0.4)],
        WorkInProgress = work ?? [],
        SuggestedOwner = "ITU-T SG17",
    };

    private static GapFinding Open(Gap found) => new(found.TopicId, [found], found.WorkInProgress);

    private static GapFinding Covered(string topic, params string[] keys) => new(topic, [], keys);

    /// <summary>The gap as a first run (r1) recorded it and the store saved it.</summary>
    private static Gap Stored(Gap found, int version = 1) =>
        GapReconciler.Reconcile([Open(found)], [], "r1", T1).Single() with { Version = version, UpdatedAt = T1 };

    private static Gap EditorGap(string[] work) => new()
    {
        Id = "gap:editor-1",
        TopicId = "sec.a",
        Statement = "Editors want a profile.",
        Kind = GapKind.Editor,
        EditorCreated = true,
        Priority = 60,
        Evidence = [new GapEvidence("ISO 9", MappingType.Supporting, 0.6)],
        WorkInProgress = work,
        FirstSeenRun = "editor",
        LastChangedRun = "editor",
        Version = 2,
    };
}
