using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Runs;

namespace Roadmap.Crawlers.Scheduling;

/// <summary>The real runner: a <see cref="CrawlSession"/> over the registered sources, the shared crawl state and the data folder.</summary>
public sealed class SessionCrawlRunner(
    IGraphStore store, IEnumerable<ICrawlSource> sources, IOptions<CrawlerOptions> options, ICrawlStateStore crawlState, CrawlDataFolder data, TimeProvider time, ILoggerFactory loggers) : ICrawlRunner
{
    public Task<IReadOnlyList<CrawlReport>> RunAsync(CrawlRequest request, CancellationToken cancellationToken) =>
        new CrawlSession(store, [.. sources], options.Value, crawlState, data.Path, time, loggers).RunAsync(request, cancellationToken);
}

/// <summary>Where the crawl keeps its HTTP cache: the data folder of the host (the rest is in the <see cref="ICrawlStateStore"/>).</summary>
public sealed record CrawlDataFolder(string Path);
