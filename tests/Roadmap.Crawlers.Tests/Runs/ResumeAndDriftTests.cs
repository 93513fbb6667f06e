using Roadmap.Core.Crawling;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Snapshots;

namespace Roadmap.Crawlers.Tests.Runs;

public sealed class ResumeAndDriftTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(41)]
    public async Task Resume_AfterACrawlKilledMidway_GivesTheSameGraphFetchingNothingTwice(int killAfter)
    {
        // Arrange
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds();
        await using var whole = await CrawlHarness.CreateAsync();
        await whole.CrawlAsync(new SnapshotFetcher(CrawlHarness.Snapshot, TimeProvider.System), options, seeds);
        await using var killed = await CrawlHarness.CreateAsync();
        using var kill = new CancellationTokenSource();
        var counting = new CountingFetcher(new SnapshotFetcher(CrawlHarness.Snapshot, TimeProvider.System), killAfter, kill);

        // Act
        await Should.ThrowAsync<OperationCanceledException>(() => killed.CrawlAsync(counting, options, seeds, cancellationToken: kill.Token));
        counting.KillAfter = int.MaxValue;
        var reports = await killed.CrawlAsync(counting, options, seeds, resume: true);

        // Assert
        (await killed.AllDocumentsAsync()).ShouldBe(await whole.AllDocumentsAsync(), ignoreOrder: true);
        reports.ShouldContain(r => r.Resumed);
        counting.Urls.Count.ShouldBeLessThanOrEqualTo(counting.Urls.Distinct().Count() + 1, "only the page in flight at the kill is fetched again");
        (await killed.StateStore.LoadCheckpointAsync("itu-t", CancellationToken.None)).ShouldBeNull("a finished run removes its checkpoint");
    }

    [Fact]
    public async Task Crawl_ListingFarShorterThanLastTime_IsDegradedAndDeletesNothing()
    {
        // Arrange
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds().Take(1).ToList();
        await using var harness = await CrawlHarness.CreateAsync();
        var snapshot = new SnapshotFetcher(CrawlHarness.Snapshot, TimeProvider.System);
        await harness.CrawlAsync(snapshot, options, seeds);
        var before = await harness.AllDocumentsAsync();
        var shrunk = new RewritingFetcher(snapshot, seeds[0].Url, html => string.Join('\n', html.Split('\n').Where(l => !l.Contains("<tr>", StringComparison.Ordinal)).Append("<table><tr><td><a href=\"/rec/T-REC-F.1/en\">F.1</a></td></tr></table>")));

        // Act
        var report = (await harness.CrawlAsync(shrunk, options, seeds)).Single(r => r.Source == "itu-t");

        // Assert
        report.State.ShouldBe(CrawlRunState.Degraded);
        report.Drift.ShouldHaveSingleItem().Selector.ShouldBe("listing rows");
        report.Message!.ShouldContain("layout drift in itu-t itu-series");
        (await harness.AllDocumentsAsync()).ShouldBe(before, ignoreOrder: true);
        (await harness.Store.ListCrawlRunsAsync(10, CancellationToken.None)).ShouldContain(r => r.Id == report.RunId && r.State == CrawlRunState.Degraded);
    }

    [Fact]
    public async Task Crawl_RecPageThatNoLongerParses_IsDegradedNamingTheSelector()
    {
        // Arrange
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds().Take(1).ToList();
        await using var harness = await CrawlHarness.CreateAsync();
        var snapshot = new SnapshotFetcher(CrawlHarness.Snapshot, TimeProvider.System);
        await harness.CrawlAsync(snapshot, options, seeds);
        var before = await harness.AllDocumentsAsync();
        var broken = new RewritingFetcher(snapshot, null, html => html.Replace("_Label7", "_StatusLabel", StringComparison.Ordinal));

        // Act
        var report = (await harness.CrawlAsync(broken, options, seeds)).Single(r => r.Source == "itu-t");

        // Assert
        report.State.ShouldBe(CrawlRunState.Degraded);
        report.Drift.ShouldNotBeEmpty();
        report.Drift.ShouldAllBe(d => d.Selector == "#ctl00_content_main_uc_rec_main_info1_rpt_main_ctl00_Label7");
        (await harness.AllDocumentsAsync()).ShouldBe(before, ignoreOrder: true);
    }

    private sealed class CountingFetcher(IPageFetcher inner, int killAfter, CancellationTokenSource kill) : IPageFetcher
    {
        public List<string> Urls { get; } = [];

        public int KillAfter { get; set; } = killAfter;

        public Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken)
        {
            Urls.Add(url.AbsoluteUri);
            if (Urls.Count == KillAfter)
            {
                kill.Cancel();
            }

            return inner.FetchAsync(url, source, cancellationToken);
        }
    }

    private sealed class RewritingFetcher(IPageFetcher inner, Uri? only, Func<string, string> rewrite) : IPageFetcher
    {
        public async Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken)
        {
            var page = await inner.FetchAsync(url, source, cancellationToken);
            var applies = only is null ? url.Query.Contains("rec=", StringComparison.Ordinal) : url == only;
            return applies ? page with { Body = System.Text.Encoding.UTF8.GetBytes(rewrite(page.Text)) } : page;
        }
    }
}
