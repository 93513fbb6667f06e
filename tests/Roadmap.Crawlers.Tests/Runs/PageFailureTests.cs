using Microsoft.AspNetCore.Http;
using Roadmap.Core.Crawling;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Snapshots;
using Roadmap.Crawlers.Tests.Hostile;

namespace Roadmap.Crawlers.Tests.Runs;

public sealed class PageFailureTests
{
    [Fact]
    public async Task Crawl_SiteWithAGzipBombAndHostileRedirects_FailsThosePagesAndStoresTheRest()
    {
        // Arrange
        await using var server = await SnapshotServer.StartAsync(CrawlHarness.Snapshot);
        await using var clean = await CrawlHarness.CreateAsync();
        await using var attacked = await CrawlHarness.CreateAsync();
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds(server.BaseAddress);
        using (var fetcher = clean.HttpFetcher(options))
        {
            await clean.CrawlAsync(fetcher, options, seeds);
        }

        server.Script("/standard/73771.html", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(GzipBomb.Compressed, context.RequestAborted);
        });
        server.Script("/standard/75061.html", Redirect("http://169.254.169.254/latest/meta-data/"));
        server.Script("/standard/75093.html", Redirect("file:///etc/passwd"));
        server.Script("/standard/75094.html", Redirect("http://[not an address/"));

        // Act
        List<CrawlReport> reports;
        using (var fetcher = attacked.HttpFetcher(options))
        {
            reports = await attacked.CrawlAsync(fetcher, options, seeds);
        }

        // Assert
        var iso = reports.Single(r => r.Source == "iso");
        iso.State.ShouldBe(CrawlRunState.Degraded);
        iso.Failures.Select(f => (new Uri(f.Url).AbsolutePath, f.Reason[..Math.Min(f.Reason.Length, 34)])).ShouldBe(
        [
            ("/standard/73771.html", "response body larger than the 8388"),
            ("/standard/75061.html", "redirect to http://169.254.169.254"),
            ("/standard/75093.html", "redirect to a file: URL refused (o"),
            ("/standard/75094.html", "HTTP 302 redirect from http://127."),
        ], ignoreOrder: true);
        var expected = await clean.AllDocumentsAsync();
        var stored = await attacked.AllDocumentsAsync();
        stored.Count.ShouldBeInRange(expected.Count - 4, expected.Count - 1, "the four pages' documents, less any another page also gives");
        stored.Select(d => d.Key).ShouldBeSubsetOf(expected.Select(d => d.Key));
    }

    [Fact]
    public async Task Crawl_FetcherThrowsSomethingUnexpected_FailsThatPageAndFinishesTheRun()
    {
        // Arrange
        var options = CrawlHarness.FastOptions();
        var seeds = CrawlHarness.SmallSeeds();
        await using var harness = await CrawlHarness.CreateAsync();
        var broken = new ThrowingFetcher(new SnapshotFetcher(CrawlHarness.Snapshot, TimeProvider.System), "/standard/73771.html");

        // Act
        var reports = await harness.CrawlAsync(broken, options, seeds);

        // Assert
        var iso = reports.Single(r => r.Source == "iso");
        iso.State.ShouldBe(CrawlRunState.Degraded);
        iso.Failures.ShouldHaveSingleItem().Reason.ShouldBe("fetch failed: NotSupportedException: The 'weird' scheme is not supported.");
        reports.Single(r => r.Source == "itu-t").State.ShouldBe(CrawlRunState.Succeeded);
        (await harness.AllDocumentsAsync()).Count.ShouldBeGreaterThan(20);
    }

    private static RequestDelegate Redirect(string location) => context =>
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    private sealed class ThrowingFetcher(IPageFetcher inner, string path) : IPageFetcher
    {
        public Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken) =>
            url.AbsolutePath == path ? throw new NotSupportedException("The 'weird' scheme is not supported.") : inner.FetchAsync(url, source, cancellationToken);
    }
}
