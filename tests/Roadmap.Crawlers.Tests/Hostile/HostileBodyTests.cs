using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Tests.Runs;
using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests.Hostile;

public sealed class HostileBodyTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly ConcurrentQueue<string> _tripped = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task FetchAsync_GzipBombBody_FailsThePageAtTheDecodedLimit()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.On("/bomb", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(GzipBomb.Compressed, context.RequestAborted);
        });
        var options = CrawlHarness.FastOptions();
        options.AttemptTimeout = TimeSpan.FromSeconds(30);
        using var fetcher = LoopbackOnly.Fetcher(options, _data.Path, _tripped, out var counter);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/bomb"), "itu-t", CancellationToken.None));

        // Assert
        GzipBomb.Compressed.Length.ShouldBeLessThan(1024 * 1024);
        failure.Reason.ShouldContain($"larger than the {options.MaxBodyBytes} byte limit");
        failure.Reason.ShouldContain("MaxBodyBytes");
        counter.BytesRead.ShouldBeLessThan(options.MaxBodyBytes + (1024 * 1024), "reading stops at the limit, not at 200 MB");
        fetcher.Requests.ShouldBe(2, "robots.txt and the page once: a body over the limit is not retried");
        _tripped.ShouldBeEmpty();
    }

    [Fact]
    public async Task FetchAsync_EndlessBody_StopsReadingAtTheLimit()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.On("/endless", async context =>
        {
            var chunk = new byte[64 * 1024];
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        var options = CrawlHarness.FastOptions();
        options.MaxBodyBytes = 1024 * 1024;
        options.AttemptTimeout = TimeSpan.FromSeconds(30);
        using var fetcher = LoopbackOnly.Fetcher(options, _data.Path, _tripped, out var counter);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/endless"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldContain("larger than the 1048576 byte limit");
        counter.BytesRead.ShouldBeLessThanOrEqualTo(options.MaxBodyBytes + 81_920);
    }

    [Fact]
    public async Task FetchAsync_BodyDripsPastTheAttemptTimeout_FailsThePageAsTimedOut()
    {
        // Arrange
        await using var server = await HostileServer.StartAsync();
        server.On("/drip", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.FlushAsync(context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync("<p>"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(20, context.RequestAborted);
            }
        });
        var options = CrawlHarness.FastOptions();
        options.MaxRetries = 1;
        using var fetcher = LoopbackOnly.Fetcher(options, _data.Path, _tripped);

        // Act
        var failure = await Should.ThrowAsync<PageFetchException>(() => fetcher.FetchAsync(server.Url("/drip"), "itu-t", CancellationToken.None));

        // Assert
        failure.Reason.ShouldBe("timed out after 0.3 s (after 2 attempt(s))");
    }
}
