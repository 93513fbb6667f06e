namespace Roadmap.Crawlers.Fetching;

/// <summary>Gets one page; throws <see cref="PageFetchException"/> when it cannot, after whatever retrying it does.</summary>
public interface IPageFetcher
{
    Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken);
}
