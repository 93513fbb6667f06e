using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// Fetches over HTTP, politely (robots.txt, per-host rate, User-Agent with contact, conditional GETs, gzip) and
/// resiliently (per-host Polly pipeline), and defensively: bodies capped once decoded, redirects followed by the crawl
/// itself under <see cref="RedirectPolicy"/>, internal addresses refused by <see cref="AddressPolicy"/>. Every page
/// failure becomes a <see cref="PageFetchException"/> with its reason.
/// </summary>
public sealed partial class HttpPageFetcher : IPageFetcher, IDisposable
{
    private readonly HttpClient _http;
    private readonly CrawlerOptions _options;
    private readonly HttpCache _cache;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HostRateLimiter _limiter;
    private readonly AddressPolicy _addresses;
    private readonly RedirectPolicy _redirects;
    private readonly ConcurrentDictionary<string, ResiliencePipeline<RawResponse>> _pipelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task<RobotsPolicy>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private int _requests;
    private int _conditional;

    /// <param name="handler">Replaces <see cref="CreateHandler"/>'s; it must not follow redirects itself.</param>
    /// <exception cref="InvalidDataException"><see cref="CrawlerOptions.AllowedNetworks"/> has an entry that is not a network.</exception>
    public HttpPageFetcher(CrawlerOptions options, HttpCache cache, TimeProvider time, ILogger logger, HttpMessageHandler? handler = null)
    {
        (_options, _cache, _time, _logger) = (options, cache, time, logger);
        _limiter = new HostRateLimiter(options.RequestsPerSecond, time);
        _addresses = AddressPolicy.From(options);
        _redirects = new RedirectPolicy(options, _addresses);
        // Polly owns timeouts per attempt; HttpClient's own would cut across retries.
        _http = new HttpClient(handler ?? CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>Requests sent, conditional or not; the tests read it to prove a second run only revalidates.</summary>
    public int Requests => _requests;

    public int ConditionalRequests => _conditional;

    /// <summary>The crawl's own handler: decompression, no automatic redirects, and connections only to allowed addresses.</summary>
    internal static SocketsHttpHandler CreateHandler(CrawlerOptions options) => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = GuardedConnect.Using(AddressPolicy.From(options)),
    };

    public async Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken)
    {
        var (response, attempts, cached, final) = await FollowAsync(url, source, checkRobots: true, cancellationToken);
        var now = _time.GetUtcNow();
        if (response.Status == 304 && cached is { } hit)
        {
            return new FetchedPage
            {
                Url = final, Body = hit.Body, ContentType = hit.Meta.ContentType, ETag = hit.Meta.ETag,
                LastModified = hit.Meta.LastModified, FetchedAt = now, NotModified = true, Attempts = attempts,
            };
        }

        if (response.Status is < 200 or >= 300)
        {
            throw new PageFetchException(url, $"HTTP {response.Status} after {attempts} attempt(s)");
        }

        if (response.ETag is not null || response.LastModified is not null)
        {
            _cache.Put(final, new HttpCache.Entry(final.AbsoluteUri, response.ETag, response.LastModified, response.ContentType, now), response.Body);
        }

        return new FetchedPage
        {
            Url = final, Body = response.Body, ContentType = response.ContentType, ETag = response.ETag,
            LastModified = response.LastModified, FetchedAt = now, Attempts = attempts,
        };
    }

    public void Dispose() => _http.Dispose();
}
