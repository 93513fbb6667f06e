using Microsoft.Extensions.Logging;

namespace Roadmap.Crawlers.Fetching;

public sealed partial class HttpPageFetcher
{
    // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) disallows everything.
    // Its redirects are followed under the same rules as a page's (a refused one counts as unreachable).
    private Task<RobotsPolicy> RobotsFor(Uri url, string source, CancellationToken cancellationToken) =>
        _robots.GetOrAdd(url.GetLeftPart(UriPartial.Authority), async origin =>
        {
            var robotsUrl = new Uri(origin + "/robots.txt");
            try
            {
                var (response, _, cached, final) = await FollowAsync(robotsUrl, source, checkRobots: false, cancellationToken);
                var body = response.Status == 304 && cached is { } hit ? hit.Body : response.Body;
                if (response.Status is >= 200 and < 300 || response.Status == 304)
                {
                    if (response.Status != 304 && (response.ETag ?? response.LastModified) is not null)
                    {
                        _cache.Put(final, new HttpCache.Entry(final.AbsoluteUri, response.ETag, response.LastModified, response.ContentType, _time.GetUtcNow()), response.Body);
                    }

                    return RobotsPolicy.Parse(BodyDecoder.Decode(body, response.ContentType), "Roadmap");
                }

                return response.Status is >= 400 and < 500 ? RobotsPolicy.AllowAll : RobotsPolicy.DisallowAll;
            }
            catch (PageFetchException ex)
            {
                LogRobotsUnreachable(_logger, robotsUrl, ex.Reason);
                return RobotsPolicy.DisallowAll;
            }
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Url} unreachable ({Reason}): the host is treated as disallowed for this run")]
    private static partial void LogRobotsUnreachable(ILogger logger, Uri url, string reason);
}
