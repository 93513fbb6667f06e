using System.Collections.Concurrent;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Tests.Runs;
using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests.Hostile;

public sealed class RedirectTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly ConcurrentQueue<string> _tripped = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task FetchAsync_RedirectOnTheSameHost_FollowsItAndGivesTheFinalUrl()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.Redirect("/old", "/moved", 301).Redirect("/moved", server.Url("/new").AbsoluteUri, 307).Page("/new", "<p>here</p>");
        using var fetcher = LoopbackOnly.Fetcher(CrawlHarness.FastOptions(), _data.Path, _tripped);

        // Act
        var page = await fetcher.FetchAsync(server.Url("/old"), "itu-t", CancellationToken.None);

        // Assert
        page.Url.ShouldBe(server.Url("/new"));
        page.Text.ShouldBe("<p>here</p>");
        _tripped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://127.0.0.1/pub/x", "ftp")]
    [InlineData("gopher://127.0.0.1:70/", "gopher")]
    [InlineData("data:text/html,<p>x</p>", "data")]
    public async Task FetchAsync_RedirectToAnotherScheme_FailsThePageNamingTheScheme(string location, string scheme)
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.Redirect("/page", location);
        using var fetcher = LoopbackOnly.Fetcher(CrawlHarness.FastOptions(), _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/page"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldBe($"redirect to a {scheme}: URL refused (only http and https are followed)");
        _tripped.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://172.16.0.1:8080/admin")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://127.0.0.2/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    public async Task FetchAsync_RedirectToAnInternalAddress_IsRefusedBeforeAnyConnection(string location)
    {
        // Arrange: the address check, not the site check, must stop these, so every host is on the source's list.
        await using var server = await HostileServer.StartAsync();
        server.Redirect("/page", location);
        var options = CrawlHarness.FastOptions();
        options.Sources["itu-t"].RedirectHosts = [new Uri(location).IdnHost];
        using var fetcher = LoopbackOnly.Fetcher(options, _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/page"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldStartWith($"redirect to {new Uri(location)}: refused to connect to ");
        failure.Reason.ShouldContain("Crawler:AllowedNetworks");
        _tripped.ShouldBeEmpty();
        fetcher.Requests.ShouldBe(2, "robots.txt and the page: the refused hop sends nothing");
    }

    [Fact]
    public async Task FetchAsync_RedirectToAnotherSite_IsRefusedNamingTheSetting()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.Redirect("/page", "http://93.184.215.14/elsewhere");
        using var fetcher = LoopbackOnly.Fetcher(CrawlHarness.FastOptions(), _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/page"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldBe("redirect to another site (93.184.215.14) refused; add it to Crawler:Sources:itu-t:RedirectHosts to follow it");
        _tripped.ShouldBeEmpty();
    }

    [Fact]
    public async Task FetchAsync_RedirectIntoAPathRobotsDisallows_FailsThePage()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.Page("/robots.txt", "User-agent: *\nDisallow: /private/\n").Redirect("/page", "/private/secret").Page("/private/secret", "<p>no</p>");
        using var fetcher = LoopbackOnly.Fetcher(CrawlHarness.FastOptions(), _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/page"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldBe($"redirect to {server.Url("/private/secret")}: disallowed by robots.txt");
        server.Requested.ShouldNotContain("/private/secret");
    }

    [Fact]
    public async Task FetchAsync_RedirectChainLongerThanTheLimit_FailsThePage()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            server.Redirect($"/r{i}", $"/r{i + 1}");
        }

        var options = CrawlHarness.FastOptions();
        options.MaxRedirects = 3;
        using var fetcher = LoopbackOnly.Fetcher(options, _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/r0"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldBe("more than 3 redirect(s) (Crawler:MaxRedirects)");
        server.Requested.Where(p => p != "/robots.txt").ShouldBe(["/r0", "/r1", "/r2", "/r3"]);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_FailsThePageNamingIt()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.Redirect("/a", "/b").Redirect("/b", "/a");
        using var fetcher = LoopbackOnly.Fetcher(CrawlHarness.FastOptions(), _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/a"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldBe($"redirect loop at {server.Url("/a")}");
    }

    [Theory]
    [InlineData("http://10.0.0.1/rec")]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://localhost/")]
    public async Task FetchAsync_LinkToAnInternalAddressWithoutAllowance_IsRefusedBeforeAnyConnection(string url)
    {
        // Arrange
        var options = CrawlHarness.FastOptions();
        options.AllowedNetworks = [];
        using var fetcher = LoopbackOnly.Fetcher(options, _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(new Uri(url), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldStartWith("refused to connect to ");
        fetcher.Requests.ShouldBe(0);
        _tripped.ShouldBeEmpty();
    }
}
