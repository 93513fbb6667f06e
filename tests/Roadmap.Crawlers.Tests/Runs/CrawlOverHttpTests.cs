using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Runs;

namespace Roadmap.Crawlers.Tests.Runs;

[Trait("Tier", "Slow")] // over 5 s: crawls over real HTTP with a failing server and retries (~13 s)
public sealed class CrawlOverHttpTests
{
    [Fact]
    public async Task Crawl_ServerFailingThirtyPercent_StoresEveryDocumentExactlyOnceWithinTheBudget()
    {
        // Arrange
        await using var server = await SnapshotServer.StartAsync(CrawlHarness.Snapshot);
        await using var clean = await CrawlHarness.CreateAsync();
        await using var faulty = await CrawlHarness.CreateAsync();
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds(server.BaseAddress);
        using (var fetcher = clean.HttpFetcher(options))
        {
            await clean.CrawlAsync(fetcher, options, seeds);
        }

        server.FaultRate = 0.3;
        server.ResetCounters();

        // Act
        List<CrawlReport> reports;
        using (var fetcher = faulty.HttpFetcher(options))
        {
            reports = await faulty.CrawlAsync(fetcher, options, seeds);
        }

        // Assert
        server.Faults.ShouldBeGreaterThan(10);
        reports.ShouldAllBe(r => r.State == CrawlRunState.Succeeded && r.Failures.Count == 0);
        reports.Sum(r => r.Retries).ShouldBeGreaterThanOrEqualTo(server.Faults - 2, "robots.txt retries are not counted per page");
        reports.ShouldAllBe(r => r.FinishedAt - r.StartedAt < options.RunBudget);
        var expected = await clean.AllDocumentsAsync();
        var stored = await faulty.AllDocumentsAsync();
        expected.Count.ShouldBeGreaterThan(20);
        stored.ShouldBe(expected, ignoreOrder: true);
        var changes = await faulty.Store.GetChangesAsync(null, 100_000, CancellationToken.None);
        changes.Where(c => c.Kind == ChangeKind.Added).Select(c => c.DocumentKey).ShouldBe(stored.Select(d => d.Key), ignoreOrder: true);
    }

    [Fact]
    public async Task Crawl_UnchangedSiteServedWithETags_SecondRunOnlyRevalidatesAndChangesNothing()
    {
        // Arrange
        await using var server = await SnapshotServer.StartAsync(CrawlHarness.Snapshot);
        await using var harness = await CrawlHarness.CreateAsync();
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds(server.BaseAddress);
        using (var first = harness.HttpFetcher(options))
        {
            await harness.CrawlAsync(first, options, seeds);
        }

        server.ResetCounters();

        // Act
        List<CrawlReport> reports;
        using (var second = harness.HttpFetcher(options))
        {
            reports = await harness.CrawlAsync(second, options, seeds);
        }

        // Assert
        server.Requests.ShouldBeGreaterThan(20);
        server.UnconditionalRequests.ShouldBe(0);
        reports.ShouldAllBe(r => r.NotModified == r.Pages && r.Added == 0 && r.Changed == 0 && r.Withdrawn == 0);
    }

    [Fact]
    public async Task Crawl_OneTitleChangedOnTheSite_RecordsExactlyThatDiffWithItsProvenance()
    {
        // Arrange
        await using var server = await SnapshotServer.StartAsync(CrawlHarness.Snapshot);
        await using var harness = await CrawlHarness.CreateAsync();
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds(server.BaseAddress);
        using (var first = harness.HttpFetcher(options))
        {
            await harness.CrawlAsync(first, options, seeds);
        }

        var path = "/standard/80805.html";
        var original = await File.ReadAllTextAsync(Path.Combine(CrawlHarness.Snapshot, "www.iso.org", "standard", "80805.html"));
        var before = System.Text.RegularExpressions.Regex.Match(original, "<span class=\"lead d-block\">(.*?)</span>").Groups[1].Value;
        server.Override(path, original.Replace(before, "Blockchain and distributed ledger technologies — A changed title", StringComparison.Ordinal));

        // Act
        List<CrawlReport> reports;
        using (var second = harness.HttpFetcher(options))
        {
            reports = await harness.CrawlAsync(second, options, seeds);
        }

        // Assert
        reports.Sum(r => r.Changed).ShouldBe(1);
        reports.Sum(r => r.Added + r.Withdrawn).ShouldBe(0);
        var runId = reports.Single(r => r.Source == "iso").RunId;
        var change = (await harness.Store.GetChangesAsync(null, 100_000, CancellationToken.None)).Where(c => c.RunId == runId).ShouldHaveSingleItem();
        change.Kind.ShouldBe(ChangeKind.Changed);
        change.Fields.ShouldBe([new FieldChange("title", System.Net.WebUtility.HtmlDecode(before), "Blockchain and distributed ledger technologies — A changed title")]);
        var origin = (await ProvenanceLedger.LoadAsync(harness.StateStore, [runId], CancellationToken.None))[(runId, change.DocumentKey)];
        origin.Url.ShouldBe(new Uri(server.BaseAddress, path).AbsoluteUri);
        origin.ContentHash.Length.ShouldBe(32);
    }
}
