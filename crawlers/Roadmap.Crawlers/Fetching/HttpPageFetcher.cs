using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// Fetches over HTTP, politely (robots.txt, per-host rate, User-Agent with contact, conditional GETs, gzip) and
/// resiliently (per-host Polly pipeline). Every page failure becomes a <see cref="PageFetchException"/> with its reason.
/// </summary>
public sealed partial class HttpPageFetcher : IPageFetcher, IDisposable
{
    private readonly HttpClient _http;
    private readonly CrawlerOptions _options;
    private readonly HttpCache _cache;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HostRateLimiter _limiter;
    private readonly ConcurrentDictionary<string, ResiliencePipeline<RawResponse>> _pipelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task<RobotsPolicy>> _robots = new(StringComparer.OrdinalIgnoreCase);

    public HttpPageFetcher(CrawlerOptions options, HttpCache cache, TimeProvider time, ILogger logger, HttpMessageHandler? handler = null)
    {
        (_options, _cache, _time, _logger) = (options, cache, time, logger);
        _limiter = new HostRateLimiter(options.RequestsPerSecond, time);
        handler ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // Polly owns timeouts per attempt; HttpClient's own would cut across retries.
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>Requests sent, conditional or not; the tests read it to prove a second run only revalidates.</summary>
    public int Requests => _requests;

    public int ConditionalRequests => _conditional;

    private int _requests;
    private int _conditional;

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (_options.HonourRobotsTxt && !(await RobotsFor(url, cancellationToken)).IsAllowed(url))
        {
            throw new PageFetchException(url, "disallowed by robots.txt");
        }

        var (response, attempts, cached) = await SendResilientAsync(url, cancellationToken);
        var now = _time.GetUtcNow();
        if (response.Status == 304 && cached is { } hit)
        {
            return new FetchedPage
            {
                Url = url, Body = hit.Body, ContentType = hit.Meta.ContentType, ETag = hit.Meta.ETag,
                LastModified = hit.Meta.LastModified, FetchedAt = now, NotModified = true, Attempts = attempts,
            };
        }

        if (response.Status is < 200 or >= 300)
        {
            throw new PageFetchException(url, $"HTTP {response.Status} after {attempts} attempt(s)");
        }

        if (response.ETag is not null || response.LastModified is not null)
        {
            _cache.Put(url, new HttpCache.Entry(url.AbsoluteUri, response.ETag, response.LastModified, response.ContentType, now), response.Body);
        }

        return new FetchedPage
        {
            Url = url, Body = response.Body, ContentType = response.ContentType, ETag = response.ETag,
            LastModified = response.LastModified, FetchedAt = now, Attempts = attempts,
        };
    }

    public void Dispose() => _http.Dispose();

    private async Task<(RawResponse Response, int Attempts, (HttpCache.Entry Meta, byte[] Body)? Cached)> SendResilientAsync(Uri url, CancellationToken cancellationToken)
    {
        var cached = _cache.Get(url);
        var pipeline = _pipelines.GetOrAdd(url.Authority, _ => ResiliencePipelines.ForHost(_options, _time));
        var attempts = 0;
        try
        {
            var response = await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                await _limiter.WaitAsync(url.Authority, token);
                return await SendOnceAsync(url, cached?.Meta, token);
            }, cancellationToken);
            return (response, attempts, cached);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException)
        {
            var reason = ex switch
            {
                BrokenCircuitException => $"circuit open for {url.Authority}",
                TimeoutRejectedException => $"timed out after {_options.AttemptTimeout.TotalSeconds:0.###} s",
                _ => ex.Message,
            };
            LogFetchFailed(_logger, url, attempts, reason);
            throw new PageFetchException(url, $"{reason} (after {attempts} attempt(s))", ex);
        }
    }

    private async Task<RawResponse> SendOnceAsync(Uri url, HttpCache.Entry? cached, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cached is not null)
        {
            if (cached.ETag is not null && EntityTagHeaderValue.TryParse(cached.ETag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (cached.LastModified is not null && DateTimeOffset.TryParse(cached.LastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }

            Interlocked.Increment(ref _conditional);
        }

        Interlocked.Increment(ref _requests);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        LogFetched(_logger, url, (int)response.StatusCode, body.Length);
        return new RawResponse(
            (int)response.StatusCode,
            body,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"),
            RetryAfterOf(response));
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "GET {Url} → {Status} ({Bytes} bytes)")]
    private static partial void LogFetched(ILogger logger, Uri url, int status, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET {Url} failed after {Attempts} attempt(s): {Reason}")]
    private static partial void LogFetchFailed(ILogger logger, Uri url, int attempts, string reason);
}
