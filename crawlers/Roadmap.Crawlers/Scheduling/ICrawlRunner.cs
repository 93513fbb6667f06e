using Roadmap.Crawlers.Runs;

namespace Roadmap.Crawlers.Scheduling;

/// <summary>Runs a crawl; the nightly service's one dependency, so it can be tested with a fake.</summary>
public interface ICrawlRunner
{
    Task<IReadOnlyList<CrawlReport>> RunAsync(CrawlRequest request, CancellationToken cancellationToken);
}
