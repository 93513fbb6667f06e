using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Core.Crawling;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Snapshots;

namespace Roadmap.Crawlers.Tests.Runs;

public sealed class RunRecoveryTests
{
    private static readonly PageLink Catalogue = CrawlHarness.SmallSeeds().Single(s => s.Kind == PageKinds.IsoCatalogue);

    [Fact]
    public async Task Crawl_StoreFailsMidRun_RecordsTheRunFailedAndLeavesNoCheckpoint()
    {
        // Arrange
        await using var harness = await CrawlHarness.CreateAsync();
        var engine = new CrawlEngine(new BreakingGraphStore(harness.Store, failFromUpsert: 5), Snapshot(), CrawlHarness.FastOptions(), harness.State, TimeProvider.System, NullLogger.Instance);

        // Act
        var error = await Should.ThrowAsync<IOException>(() => engine.RunAsync(new IsoSource(), [Catalogue], resume: false, CancellationToken.None));

        // Assert
        error.Message.ShouldBe("No space left on device");
        var run = (await harness.Store.ListCrawlRunsAsync(10, CancellationToken.None)).ShouldHaveSingleItem();
        run.State.ShouldBe(CrawlRunState.Failed);
        run.Message.ShouldBe("run failed: No space left on device");
        run.FinishedAt.ShouldNotBeNull();
        (await harness.State.LoadCheckpointAsync("iso", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Resume_AfterARunThatFailed_StartsANewRunThatSucceeds()
    {
        // Arrange
        await using var harness = await CrawlHarness.CreateAsync();
        var options = CrawlHarness.FastOptions();
        var failing = new CrawlEngine(new BreakingGraphStore(harness.Store, failFromUpsert: 5), Snapshot(), options, harness.State, TimeProvider.System, NullLogger.Instance);
        await Should.ThrowAsync<IOException>(() => failing.RunAsync(new IsoSource(), [Catalogue], resume: false, CancellationToken.None));

        // Act
        var reports = await harness.CrawlAsync(Snapshot(), options, [Catalogue], resume: true);

        // Assert
        var iso = reports.Single(r => r.Source == "iso");
        iso.Resumed.ShouldBeFalse();
        iso.State.ShouldBe(CrawlRunState.Succeeded);
        (await harness.Store.ListCrawlRunsAsync(10, CancellationToken.None)).Where(r => r.Source == "iso").Select(r => r.State).ShouldBe([CrawlRunState.Failed, CrawlRunState.Succeeded], ignoreOrder: true);
    }

    [Fact]
    public async Task Resume_CrawlDiedTwiceOnTheSamePage_FailsThatPageWithoutFetchingItAndGoesOn()
    {
        // Arrange: a checkpoint as a second hard kill on the catalogue page leaves it, a standard's page queued after it.
        await using var harness = await CrawlHarness.CreateAsync();
        var checkpoint = LeftBehind(Catalogue, deaths: MaxDeaths - 1);
        checkpoint.Pending.Add(new CheckpointLink("https://www.iso.org/standard/73771.html", PageKinds.IsoStandard));
        await harness.State.SaveCheckpointAsync(checkpoint, CancellationToken.None);
        var counting = new UrlRecorder(Snapshot());

        // Act
        var report = (await harness.CrawlAsync(counting, CrawlHarness.FastOptions(), [Catalogue], resume: true)).Single(r => r.Source == "iso");

        // Assert
        report.Resumed.ShouldBeTrue();
        report.State.ShouldBe(CrawlRunState.Degraded);
        report.Failures.ShouldHaveSingleItem().ShouldBe(new PageFailure(Catalogue.Url.AbsoluteUri, Catalogue.Kind, $"the crawl died {MaxDeaths} times while on this page; skipped"));
        counting.Urls.ShouldNotContain(Catalogue.Url.AbsoluteUri);
        counting.Urls.ShouldBe(["https://www.iso.org/standard/73771.html"]);
    }

    [Fact]
    public async Task Resume_CrawlDiedOnceOnAPage_VisitsItAgain()
    {
        // Arrange
        await using var harness = await CrawlHarness.CreateAsync();
        await harness.State.SaveCheckpointAsync(LeftBehind(Catalogue, deaths: 0), CancellationToken.None);
        var counting = new UrlRecorder(Snapshot());

        // Act
        var report = (await harness.CrawlAsync(counting, CrawlHarness.FastOptions(), [Catalogue], resume: true)).Single(r => r.Source == "iso");

        // Assert
        report.State.ShouldBe(CrawlRunState.Succeeded);
        counting.Urls[0].ShouldBe(Catalogue.Url.AbsoluteUri);
    }

    [Fact]
    public async Task Crawl_WithoutResumeOverACheckpointLeftBehind_RecordsTheAbandonedRunFailed()
    {
        // Arrange
        await using var harness = await CrawlHarness.CreateAsync();
        var left = LeftBehind(Catalogue, deaths: 0);
        await harness.State.SaveCheckpointAsync(left, CancellationToken.None);
        await harness.Store.SaveCrawlRunAsync(new CrawlRun { Id = left.RunId, Source = "iso", StartedAt = left.StartedAt }, CancellationToken.None);

        // Act
        var report = (await harness.CrawlAsync(Snapshot(), CrawlHarness.FastOptions(), [Catalogue])).Single(r => r.Source == "iso");

        // Assert
        report.Resumed.ShouldBeFalse();
        var runs = await harness.Store.ListCrawlRunsAsync(10, CancellationToken.None);
        runs.Single(r => r.Id == left.RunId).ShouldSatisfyAllConditions(
            r => r.State.ShouldBe(CrawlRunState.Failed),
            r => r.Message.ShouldBe("abandoned: a new run started without --resume"));
        runs.Single(r => r.Id == report.RunId).State.ShouldBe(CrawlRunState.Succeeded);
    }

    [Fact]
    public async Task Resume_DamagedCheckpoint_StartsANewRun()
    {
        // Arrange
        await using var harness = await CrawlHarness.CreateAsync();
        await harness.StateStore.SaveCheckpointAsync("iso", "{\"runId\": \"iso-1\", \"pend", CancellationToken.None);

        // Act
        var report = (await harness.CrawlAsync(Snapshot(), CrawlHarness.FastOptions(), [Catalogue], resume: true)).Single(r => r.Source == "iso");

        // Assert
        report.Resumed.ShouldBeFalse();
        report.State.ShouldBe(CrawlRunState.Succeeded);
        report.RunId.ShouldNotBe("iso-1");
        (await harness.StateStore.LoadCheckpointAsync("iso", CancellationToken.None)).ShouldBeNull();
    }

    private const int MaxDeaths = CrawlEngine.MaxDeathsPerPage;

    private static SnapshotFetcher Snapshot() => new(CrawlHarness.Snapshot, TimeProvider.System);

    private static CrawlCheckpoint LeftBehind(PageLink page, int deaths) => new()
    {
        RunId = "iso-20250101T000000Z-abcdef",
        Source = "iso",
        StartedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Pending = [new CheckpointLink(page.Url.AbsoluteUri, page.Kind)],
        InFlight = page.Url.AbsoluteUri,
        InFlightDeaths = deaths,
    };

    private sealed class UrlRecorder(IPageFetcher inner) : IPageFetcher
    {
        public List<string> Urls { get; } = [];

        public Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken)
        {
            Urls.Add(url.AbsoluteUri);
            return inner.FetchAsync(url, source, cancellationToken);
        }
    }
}
