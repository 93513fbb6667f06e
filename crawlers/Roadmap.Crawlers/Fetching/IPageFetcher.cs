namespace Roadmap.Crawlers.Fetching;

/// <summary>Gets one page; throws <see cref="PageFetchException"/> when it cannot, after whatever retrying it does.</summary>
public interface IPageFetcher
{
    /// <param name="source">The source the page is fetched for; its settings say where the page's redirects may lead.</param>
    Task<FetchedPage> FetchAsync(Uri url, string source, CancellationToken cancellationToken);
}
