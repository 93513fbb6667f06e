namespace Roadmap.Api.Crawling;

/// <summary><c>Roadmap:Crawl:*</c>: whether this host runs the nightly crawl (the schedule and sources stay in <c>Crawler:*</c>).</summary>
internal sealed class CrawlOptions
{
    public const string Section = "Roadmap:Crawl";

    /// <summary>Host the nightly crawl scheduler (<c>Crawler:Schedule</c>, UTC cron). Off by default: one host per data folder should crawl.</summary>
    public bool Nightly { get; set; }
}
