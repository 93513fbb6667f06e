namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// Where a redirect may lead: an http or https URL on the page's own site (its registrable domain) or on a host the
/// source's <see cref="SourceSettings.RedirectHosts"/> names, at most <see cref="CrawlerOptions.MaxRedirects"/> hops,
/// never in a loop, never to an address the <see cref="AddressPolicy"/> refuses. The fetcher checks every hop again as
/// it checks any URL (scheme, address, robots.txt of its host).
/// </summary>
internal sealed class RedirectPolicy(CrawlerOptions options, AddressPolicy addresses)
{
    // Second-level labels under a country code that are registries, not sites (example.co.uk is a site, co.uk is not).
    private static readonly HashSet<string> RegistryLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "ac", "co", "com", "edu", "go", "gov", "gv", "mil", "ne", "net", "or", "org",
    };

    public static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>The URL a redirect leads to, or a <see cref="PageFetchException"/> on <paramref name="origin"/> saying why it is not followed.</summary>
    /// <param name="origin">The URL the page was asked for; the site every hop must stay on.</param>
    /// <param name="chain">The URLs fetched so far for this page, <paramref name="origin"/> first.</param>
    public Uri Next(Uri origin, IReadOnlyList<Uri> chain, int status, string? location, string source)
    {
        var current = chain[^1];
        if (chain.Count > options.MaxRedirects)
        {
            throw new PageFetchException(origin, $"more than {options.MaxRedirects} redirect(s) (Crawler:MaxRedirects)");
        }

        if (string.IsNullOrWhiteSpace(location) || !Uri.TryCreate(current, location.Trim(), out var next))
        {
            throw new PageFetchException(origin, $"HTTP {status} redirect from {current} with no usable Location");
        }

        if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
        {
            throw new PageFetchException(origin, $"redirect to a {next.Scheme}: URL refused (only http and https are followed)");
        }

        if (chain.Any(u => u.AbsoluteUri == next.AbsoluteUri))
        {
            throw new PageFetchException(origin, $"redirect loop at {next.AbsoluteUri}");
        }

        if (addresses.RefusalOf(next) is { } refusal)
        {
            throw new PageFetchException(origin, $"redirect to {next}: {refusal}");
        }

        if (!SameSite(origin.IdnHost, next.IdnHost) && !Listed(next.IdnHost, source))
        {
            throw new PageFetchException(origin, $"redirect to another site ({next.IdnHost}) refused; add it to Crawler:Sources:{source}:RedirectHosts to follow it");
        }

        return next;
    }

    /// <summary>The registrable domain of a host, without a public-suffix list: the last two labels, or three under <c>co.uk</c>-like registries.</summary>
    internal static string SiteOf(string host)
    {
        var trimmed = host.TrimEnd('.');
        if (Uri.CheckHostName(trimmed) is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return trimmed;
        }

        var labels = trimmed.Split('.');
        var keep = labels.Length >= 3 && labels[^1].Length == 2 && RegistryLabels.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels.TakeLast(Math.Min(keep, labels.Length)));
    }

    private static bool SameSite(string from, string to) =>
        string.Equals(SiteOf(from), SiteOf(to), StringComparison.OrdinalIgnoreCase);

    private bool Listed(string host, string source) =>
        (options.Sources.GetValueOrDefault(source)?.RedirectHosts ?? []).Any(entry => entry.StartsWith("*.", StringComparison.Ordinal)
            ? host.Equals(entry[2..], StringComparison.OrdinalIgnoreCase) || host.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase)
            : host.Equals(entry, StringComparison.OrdinalIgnoreCase));
}
