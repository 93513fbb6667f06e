using Microsoft.Extensions.Time.Testing;
using Roadmap.Analysis.Landscape;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Analysis.Tests.RealData;

/// <summary>The whole engine on the real DLT landscape: a store with the in-scope documents, the full corpus index.</summary>
[Trait("Tier", "Slow")] // real corpus: the whole shared SDO data, indexed and analysed
public sealed partial class EngineTests(RealLandscapeFixture fixture, ITestOutputHelper output) : IClassFixture<RealLandscapeFixture>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_EditorPin_SurvivesReclassification_AndRejectWins()
    {
        // Arrange
        var (engine, _, analysis) = await EngineAsync();
        await engine.RunAsync(new AnalysisRequest(), Ct);
        await analysis.SaveDecisionAsync(new EditorDecision { DocumentKey = "ITU-T X.1401", TopicId = "security.crypto", Kind = DecisionKind.Pin, Editor = "editor:alice", At = _time.GetUtcNow(), Note = "covers the quantum impact" }, Ct);
        await analysis.SaveDecisionAsync(new EditorDecision { DocumentKey = "ITU-T X.1403", TopicId = "identity.management", Kind = DecisionKind.Reject, Editor = "editor:alice", At = _time.GetUtcNow() }, Ct);

        // Act
        _time.Advance(TimeSpan.FromHours(1));
        var result = await engine.RunAsync(new AnalysisRequest { Full = true }, Ct);

        // Assert
        var pinned = result.Assignments.Single(a => a.DocumentKey == "ITU-T X.1401" && a.TopicId == "security.crypto");
        pinned.Pinned.ShouldBeTrue();
        pinned.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Editor && e.RuleId == "editor:alice");
        result.Assignments.ShouldNotContain(a => a.DocumentKey == "ITU-T X.1403" && a.TopicId == "identity.management");
        (await analysis.GetClassificationsAsync(["ITU-T X.1403"], Ct)).ShouldContain(a => a.TopicId == "identity.management", "rule output is kept apart; the decision is applied over it");
    }

    [Fact]
    public async Task Run_CoveringDocumentAdded_OpenGapBecomesAddressedWithEvidence()
    {
        // Arrange
        var (engine, graph, analysis) = await EngineAsync();
        var first = await engine.RunAsync(new AnalysisRequest(), Ct);
        foreach (var gap in first.Gaps.Take(15))
        {
            output.WriteLine($"{gap.Priority,5:F1} {gap.Status,-9} {gap.Kind,-11} {gap.TopicId,-28} owner {gap.SuggestedOwner}: {gap.Statement}");
        }

        var (topic, title) = CoveringTitles.First(t => first.Gaps.Any(g => g.Id == "gap:" + t.Key && g.Status == GapStatus.Open));
        var key = "ISO/AWI 99999";
        var document = Builders.Iso(key, title, stageCode: "20.00", published: null);

        // Act
        _time.Advance(TimeSpan.FromDays(1));
        await graph.UpsertAsync(new GraphBatch { Documents = [document] }, new ChangeContext("crawl-2", "test", _time.GetUtcNow()), Ct);
        await fixture.Index!.UpsertAsync([document], Ct);
        var second = await engine.RunAsync(new AnalysisRequest(), Ct);

        // Assert
        second.Run.Mode.ShouldBe(AnalysisMode.Incremental);
        second.Run.Classified.ShouldBe(1);
        var addressed = (await analysis.GetGapAsync("gap:" + topic, Ct))!;
        output.WriteLine($"{addressed.Id}: {addressed.Status}; history: {string.Join(" | ", addressed.History.Select(h => $"{h.From}→{h.To} by {h.Actor}: {h.Reason} [{string.Join(", ", h.EvidenceKeys)}]"))}");
        addressed.Status.ShouldBe(GapStatus.Addressed);
        addressed.WorkInProgress.ShouldContain(key);
        addressed.History[^1].EvidenceKeys.ShouldContain(key);
        addressed.FirstSeenRun.ShouldBe(first.Run.Id);
        addressed.LastChangedRun.ShouldBe(second.Run.Id);
        await fixture.Index.DeleteAsync([key], Ct);
    }

    [Fact]
    public async Task Run_IndexBehindTheStore_LeavesTheUnindexedDocumentToTheNextRun()
    {
        // Arrange: a document reaches the store, but the index (synced in the background) has not taken it in yet.
        var (engine, graph, analysis) = await EngineAsync();
        var first = await engine.RunAsync(new AnalysisRequest(), Ct);
        var (topic, title) = CoveringTitles.First(t => first.Gaps.Any(g => g.Id == "gap:" + t.Key && g.Status == GapStatus.Open));
        var key = "ISO/AWI 99998";
        var document = Builders.Iso(key, title, stageCode: "20.00", published: null);
        _time.Advance(TimeSpan.FromDays(1));
        await graph.UpsertAsync(new GraphBatch { Documents = [document] }, new ChangeContext("crawl-2", "test", _time.GetUtcNow()), Ct);

        // Act
        var behind = await engine.RunAsync(new AnalysisRequest { MatcherChangesThrough = first.Run.ChangesThroughSeq }, Ct);
        await fixture.Index!.UpsertAsync([document], Ct);
        _time.Advance(TimeSpan.FromHours(1));
        var caughtUp = await engine.RunAsync(new AnalysisRequest(), Ct);

        // Assert
        behind.Run.ChangesThroughSeq.ShouldBe(first.Run.ChangesThroughSeq);
        caughtUp.Run.Mode.ShouldBe(AnalysisMode.Incremental);
        caughtUp.Run.Classified.ShouldBe(1);
        (await analysis.GetGapAsync("gap:" + topic, Ct))!.WorkInProgress.ShouldContain(key);
        await fixture.Index.DeleteAsync([key], Ct);
    }

    [Fact]
    public async Task Run_AsOf2019_ExcludesLaterDocuments_AndLeavesLiveGapsAlone()
    {
        // Arrange
        var (engine, _, analysis) = await EngineAsync();
        var live = await engine.RunAsync(new AnalysisRequest(), Ct);
        var asOf = new DateOnly(2019, 12, 31);

        // Act
        var then = await engine.RunAsync(new AnalysisRequest { AsOf = asOf }, Ct);

        // Assert
        AsOf.View(fixture.Documents["ITU-T X.1402"], asOf).ShouldBeNull("X.1402 was approved in 2020");
        AsOf.View(fixture.Documents["ITU-T X.1401"], asOf)!.InForce.ShouldBeTrue();
        then.Coverage.Where(c => c.Newest is not null).ShouldAllBe(c => c.Newest!.Value.Earliest <= asOf);
        Published(then, "identity.management", "ITU-T").ShouldBeLessThan(Published(live, "identity.management", "ITU-T"));
        Published(then, "security.threats", "ITU-T").ShouldBeGreaterThanOrEqualTo(1);
        then.Run.AsOf.ShouldBe(asOf);
        (await analysis.GetSnapshotAsync(then.Run.Id, Ct))!.Gaps.Count.ShouldBe(then.Gaps.Count);
        (await analysis.ListGapsAsync(null, Ct)).Select(g => (g.Id, g.Status)).ShouldBe(live.Gaps.Select(g => (g.Id, g.Status)));
    }

    [Fact]
    public async Task Run_PairTheGraphLinksAsCommonText_IsReportedAsAKnownRelation()
    {
        // Arrange: the strongest unknown overlap of a first run, then the graph learns the pair is one common text.
        var (engine, graph, _) = await EngineAsync();
        var first = await engine.RunAsync(new AnalysisRequest { Full = true }, Ct);
        var pair = first.Overlaps.First(o => !o.IsKnown);
        _time.Advance(TimeSpan.FromHours(1));
        await graph.UpsertAsync(
            new GraphBatch { Relations = [new Core.Documents.DocumentRelation(pair.FirstKey, Core.Documents.RelationType.CommonText, pair.SecondKey)] },
            new ChangeContext("liaison", "test", _time.GetUtcNow()),
            Ct);

        // Act
        var second = await engine.RunAsync(new AnalysisRequest { Full = true }, Ct);

        // Assert
        second.Overlaps.Single(o => o.FirstKey == pair.FirstKey && o.SecondKey == pair.SecondKey).KnownRelation.ShouldBe(Core.Documents.RelationType.CommonText);
        second.Overlaps.Count(o => o.IsKnown).ShouldBe(first.Overlaps.Count(o => o.IsKnown) + 1);
    }

    private static int Published(AnalysisResult result, string topic, string body) =>
        result.Coverage.Where(c => c.TopicId == topic && c.Dimension == CoverageDimension.Body && c.Value == body).Sum(c => c.Published);

    private static readonly Dictionary<string, string> CoveringTitles = new(StringComparer.Ordinal)
    {
        ["security.quantum"] = "Blockchain and distributed ledger technologies — Post-quantum cryptography migration",
        ["security.incident"] = "Blockchain and distributed ledger technologies — Security incident response and forensics",
        ["security.crypto"] = "Blockchain and distributed ledger technologies — Post-quantum cryptography and key management",
        ["privacy.confidentiality"] = "Blockchain and distributed ledger technologies — Confidential computing and data obfuscation",
        ["applications.voting"] = "Blockchain and distributed ledger technologies — Electronic voting systems",
        ["digital-assets.currencies"] = "Blockchain and distributed ledger technologies — Central bank digital currency",
        ["governance.governance"] = "Blockchain and distributed ledger technologies — Governance of decentralized autonomous organizations",
        ["security.assurance"] = "Blockchain and distributed ledger technologies — Security assurance and audit",
        ["environment.energy"] = "Blockchain and distributed ledger technologies — Energy efficiency",
        ["foundations.concepts"] = "Blockchain and distributed ledger technologies — Taxonomy and ontology",
        ["security.network"] = "Blockchain and distributed ledger technologies — Consensus security",
        ["smart-contracts.lifecycle"] = "Blockchain and distributed ledger technologies — Smart contract lifecycle management",
    };

    private async Task<(AnalysisEngine Engine, SqliteGraphStore Graph, SqliteAnalysisStore Analysis)> EngineAsync()
    {
        var (index, taxonomy) = fixture.Require();
        var folder = Path.Combine(_folder.Path, "data");
        var graph = await fixture.NewStoreAsync(folder, Ct);
        var analysis = SqliteAnalysisStore.Open(DataDirectory.OpenOrCreate(folder));
        await analysis.InitializeAsync(Ct);
        return (new AnalysisEngine(graph, analysis, index, taxonomy, _time), graph, analysis);
    }
}
