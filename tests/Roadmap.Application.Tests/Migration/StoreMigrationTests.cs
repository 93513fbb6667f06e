using Roadmap.Application.Migration;
using Roadmap.Application.Watches;
using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Crawling;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using static Roadmap.TestKit.Builders;

namespace Roadmap.Application.Tests.Migration;

/// <summary>A whole installation moved into another (two embedded data folders): every part arrives, and a repeat moves nothing.</summary>
public sealed class StoreMigrationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private ServiceStores _source = null!;
    private ServiceStores _target = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _source = await OpenAsync("source");
        _target = await OpenAsync("target");
    }

    public async ValueTask DisposeAsync()
    {
        await _source.Graph.DisposeAsync();
        await _target.Graph.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Run_CarriesHistoryAnalysisKeysAuditAndWatches_ThenNothingOnARepeat()
    {
        // Arrange: a document imported then changed by a crawl, an analysis with a gap an editor moved, two keys (one
        // revoked), an audit trail and a watch.
        await SeedSourceAsync();

        // Act
        var first = await MigrateAsync();
        var second = await MigrateAsync();

        // Assert: the history as recorded, not one "added by migrate" change.
        (await _target.Graph.GetHistoryAsync("ISO 1", Ct)).Select(c => (c.Kind, c.Actor)).ShouldBe([(ChangeKind.Added, "iso-open-data"), (ChangeKind.Changed, "iso")]);
        first.Graph.ChangesCarried.ShouldBe(3);
        var gap = (await _target.Analysis.GetGapAsync("gap:t1", Ct))!;
        gap.Status.ShouldBe(GapStatus.Dismissed);
        gap.History.ShouldHaveSingleItem().To.ShouldBe(GapStatus.Dismissed);
        (await _target.Analysis.GetLiveRunAsync(Ct))!.Id.ShouldBe("run-1");
        (await _target.Analysis.GetSnapshotAsync("run-1", Ct)).ShouldNotBeNull();
        (await _target.Analysis.GetClassificationsAsync(null, Ct)).ShouldHaveSingleItem().TopicId.ShouldBe("t1");
        (await _target.Analysis.GetDecisionsAsync(Ct)).ShouldHaveSingleItem().Kind.ShouldBe(DecisionKind.Pin);
        (await _target.Analysis.ListOverlapsAsync(0, includeKnown: true, Ct)).ShouldHaveSingleItem();
        var keys = await _target.Keys.ListAsync(Ct);
        keys.Select(k => (k.Id, k.IsRevoked)).ShouldBe([("k1", false), ("k2", true)]);
        (await _target.Audit.ListAsync(new AuditQuery(), Ct)).Select(e => e.Action).ShouldBe(["revokeApiKey", "setGapStatus"]);
        (await _target.Watches.ListWatchesAsync(null, Ct)).ShouldHaveSingleItem().Id.ShouldBe("w1");
        (await _target.CrawlState.LoadCheckpointAsync("iso", Ct)).ShouldBe("{\"runId\":\"run-9\"}");
        (await _target.CrawlState.LoadListingCountsAsync("iso", Ct)).Values.ShouldBe([40]);
        (await _target.CrawlState.ReadProvenanceAsync(["run-9"], Ct)).ShouldHaveSingleItem().Keys.ShouldBe(["ISO 1"]);
        (await _target.Graph.ListCrawlRunsAsync(10, Ct)).ShouldHaveSingleItem().Id.ShouldBe("run-9");
        (await _target.Watches.GetCursorAsync(WatchProjection.StepName, Ct)).ShouldBe(await _target.Graph.GetLastChangeSeqAsync(Ct), "past changes are not announced again");

        first.Parts.Where(p => p.Copied == 0).Select(p => p.Name).ShouldBeEmpty();
        second.Graph.ChangesCarried.ShouldBe(0);
        second.Graph.Documents.ShouldBe(new UpsertReport(0, 0, 2));
        second.Parts.ShouldAllBe(p => p.Copied == 0);
        (await _target.Audit.ListAsync(new AuditQuery(), Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Run_TargetEditedSince_KeepsTheTargetsWork()
    {
        // Arrange: migrated once, then an editor changes the gap in the target, and the source's copy moves on too.
        await SeedSourceAsync();
        await MigrateAsync();
        var edited = await _target.Analysis.UpdateGapAsync("gap:t1", new GapEdit { Statement = "Target's own words", ExpectedVersion = 1 }, Ct);
        await _source.Analysis.UpdateGapAsync("gap:t1", new GapEdit { Statement = "Source's later words" }, Ct);

        // Act
        var again = await MigrateAsync();

        // Assert
        edited.Outcome.ShouldBe(GapEditOutcome.Updated);
        (await _target.Analysis.GetGapAsync("gap:t1", Ct))!.Statement.ShouldBe("Target's own words");
        again.Parts.Single(p => p.Name == "gaps").AlreadyThere.ShouldBe(1);
    }

    private Task<MigrationReport> MigrateAsync() =>
        StoreMigration.RunAsync(_source, _target, batchSize: 1, new ChangeContext(null, "migrate", T0.AddDays(30)), null, Ct);

    private async Task SeedSourceAsync()
    {
        await _source.Graph.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a"), Iso("ISO 2", "b")] }, new ChangeContext(null, "iso-open-data", T0), Ct);
        await _source.Graph.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a2")] }, new ChangeContext("run-9", "iso", T0.AddDays(1)), Ct);
        var gap = new Gap { Id = "gap:t1", TopicId = "t1", Statement = "Nothing covers t1.", Priority = 40 };
        await _source.Analysis.SaveRunAsync(new AnalysisRun { Id = "run-1", StartedAt = T0, Mode = AnalysisMode.Full, TaxonomyHash = "h" }, new AnalysisSnapshot { RunId = "run-1", Coverage = [], Liaisons = [], Gaps = [gap] }, Ct);
        await _source.Analysis.ReplaceClassificationsAsync(null, [new TopicAssignment { DocumentKey = "ISO 1", TopicId = "t1", Score = 0.8, Evidence = [] }], Ct);
        await _source.Analysis.SaveDecisionAsync(new EditorDecision { DocumentKey = "ISO 2", TopicId = "t1", Kind = DecisionKind.Pin, Editor = "editor:alice", At = T0 }, Ct);
        await _source.Analysis.ReplaceOverlapsAsync([new Overlap { FirstKey = "ISO 1", SecondKey = "ISO 2", FirstBody = "ISO", SecondBody = "ITU-T", Score = 0.7, TextSimilarity = 0.6, TopicSimilarity = 1, SharedTerms = ["ledger"], SharedTopics = ["t1"] }], Ct);
        await _source.Analysis.SaveGapsAsync([gap], Ct);
        await _source.Analysis.SetGapStatusAsync("gap:t1", new GapStatusChange { From = GapStatus.Open, To = GapStatus.Dismissed, At = T0.AddDays(2), Actor = "editor:alice", Reason = "covered elsewhere" }, Ct);
        await _source.Keys.AddAsync(Key("k1"), Ct);
        await _source.Keys.AddAsync(Key("k2"), Ct);
        await _source.Keys.RevokeAsync("k2", T0.AddDays(3), Ct);
        await _source.Audit.AppendAsync(Entry("setGapStatus", 2), Ct);
        await _source.Audit.AppendAsync(Entry("revokeApiKey", 3), Ct);
        await _source.Graph.SaveCrawlRunAsync(new CrawlRun { Id = "run-9", Source = "iso", StartedAt = T0.AddDays(1) }, Ct);
        await _source.CrawlState.SaveCheckpointAsync("iso", "{\"runId\":\"run-9\"}", Ct);
        await _source.CrawlState.SaveListingCountsAsync("iso", new Dictionary<string, int> { ["https://www.iso.org/committee/6266604/x/catalogue/"] = 40 }, Ct);
        await _source.CrawlState.AppendProvenanceAsync(new CrawlProvenance { RunId = "run-9", Url = "https://www.iso.org/standard/1.html", FetchedAt = T0.AddDays(1), ContentHash = "h", Keys = ["ISO 1"] }, Ct);
        await _source.Watches.SaveWatchAsync(new Watch { Id = "w1", OwnerKeyId = "k1", Name = "ISO", Rules = new WatchRules { Bodies = ["ISO"] }, CreatedAt = T0 }, Ct);
    }

    private static ApiKey Key(string id) => new() { Id = id, Name = id, Role = ApiRole.Editor, Salt = "00", Hash = "ab", CreatedAt = T0 };

    private static AuditEntry Entry(string action, int day) => new() { At = T0.AddDays(day), Actor = "alice (k1)", Role = "editor", Action = action, Target = "gap:t1" };

    private async Task<ServiceStores> OpenAsync(string name)
    {
        var directory = DataDirectory.OpenOrCreate(Path.Combine(_temp.Root, name));
        var graph = SqliteGraphStore.Open(directory);
        await graph.InitializeAsync(Ct);
        var path = directory.GraphDatabasePath;
        return new ServiceStores
        {
            Graph = graph,
            Analysis = new SqliteAnalysisStore(path),
            Keys = new SqliteApiKeyStore(path),
            Audit = new SqliteAuditLog(path),
            Watches = new SqliteWatchStore(path),
            CrawlState = new SqliteCrawlStateStore(directory),
        };
    }
}
