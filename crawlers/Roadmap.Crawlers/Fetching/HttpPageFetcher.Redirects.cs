using Microsoft.Extensions.Logging;

namespace Roadmap.Crawlers.Fetching;

public sealed partial class HttpPageFetcher
{
    /// <summary>
    /// Fetches <paramref name="url"/> and follows its redirects: every hop is checked as a URL of its own (scheme,
    /// address, robots.txt of its host) before anything is sent, and the redirect itself by <see cref="RedirectPolicy"/>.
    /// </summary>
    private async Task<(RawResponse Response, int Attempts, (HttpCache.Entry Meta, byte[] Body)? Cached, Uri Final)> FollowAsync(
        Uri url, string source, bool checkRobots, CancellationToken cancellationToken)
    {
        var chain = new List<Uri> { url };
        var attempts = 0;
        while (true)
        {
            var current = chain[^1];
            var hop = chain.Count > 1 ? $"redirect to {current}: " : string.Empty;
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                throw Refused(url, $"{hop}only http and https URLs are fetched, not {current.Scheme}:");
            }

            if (_addresses.RefusalOf(current) is { } refusal)
            {
                throw Refused(url, hop + refusal);
            }

            if (checkRobots && _options.HonourRobotsTxt && !(await RobotsFor(current, source, cancellationToken)).IsAllowed(current))
            {
                throw new PageFetchException(url, hop + "disallowed by robots.txt");
            }

            var (response, tries, cached) = await SendResilientAsync(current, cancellationToken);
            attempts += tries;
            if (!RedirectPolicy.IsRedirect(response.Status))
            {
                return (response, attempts, cached, current);
            }

            try
            {
                chain.Add(_redirects.Next(url, chain, response.Status, response.Location, source));
            }
            catch (PageFetchException ex)
            {
                LogRefused(_logger, url, ex.Reason);
                throw;
            }
        }
    }

    private PageFetchException Refused(Uri url, string reason)
    {
        LogRefused(_logger, url, reason);
        return new PageFetchException(url, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET {Url} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, Uri url, string reason);
}
