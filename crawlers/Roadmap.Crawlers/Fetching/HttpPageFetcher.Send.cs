using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Roadmap.Crawlers.Fetching;

public sealed partial class HttpPageFetcher
{
    // One URL, no redirects followed: the host's pipeline retries transient failures, each attempt within AttemptTimeout.
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
        catch (HttpRequestException ex) when (ResiliencePipelines.RefusalIn(ex) is { } refused)
        {
            throw Refused(url, refused.Message);
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

    // Headers and body both count against the attempt's timeout (the token); only a 2xx body is read, and only up to MaxBodyBytes.
    private async Task<RawResponse> SendOnceAsync(Uri url, HttpCache.Entry? cached, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cached is not null)
        {
            if (cached.ETag is not null && EntityTagHeaderValue.TryParse(cached.ETag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (cached.LastModified is not null && DateTimeOffset.TryParse(cached.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }

            Interlocked.Increment(ref _conditional);
        }

        Interlocked.Increment(ref _requests);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        var body = status is >= 200 and < 300 ? await BoundedBody.ReadAsync(response.Content, url, _options.MaxBodyBytes, cancellationToken) : [];
        LogFetched(_logger, url, status, body.Length);
        return new RawResponse(
            status,
            body,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"),
            RetryAfterOf(response),
            response.Headers.NonValidated.TryGetValues("Location", out var location) ? location.FirstOrDefault() : null);
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
