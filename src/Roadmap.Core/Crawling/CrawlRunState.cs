namespace Roadmap.Core.Crawling;

public enum CrawlRunState
{
    Running,
    Succeeded,
    Degraded,
    Failed,
}
