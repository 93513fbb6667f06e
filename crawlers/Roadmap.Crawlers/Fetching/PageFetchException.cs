namespace Roadmap.Crawlers.Fetching;

/// <summary>A page could not be fetched; the run records <see cref="Exception.Message"/> as the reason and goes on.</summary>
public sealed class PageFetchException(Uri url, string reason, Exception? inner = null)
    : Exception($"{url}: {reason}", inner)
{
    public Uri Url { get; } = url;

    public string Reason { get; } = reason;
}
