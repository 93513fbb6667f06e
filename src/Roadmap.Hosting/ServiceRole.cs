namespace Roadmap.Hosting;

/// <summary>
/// What a service instance does (<c>Roadmap:Role</c>, env <c>Roadmap__Role</c>): everything, only serve, or only the
/// background work. Behind a load balancer, N <see cref="Api"/> replicas serve and one <see cref="Worker"/> crawls,
/// analyses and delivers (README, "Production topology").
/// </summary>
public enum ServiceRole
{
    /// <summary>One process does it all: serves HTTP and runs every background service (the default, a single instance).</summary>
    All,

    /// <summary>
    /// Serves HTTP (GraphQL, web UI, reports, feeds, health) and keeps its own search index fed by the change sequence; runs
    /// no nightly crawl, analysis projection, watch projection or delivery worker. An admin's <c>triggerCrawl</c> still
    /// crawls here, under the store's shared <c>crawl</c> lease.
    /// </summary>
    Api,

    /// <summary>Runs the background work (crawl schedule, change pipeline with analysis and watches, deliveries); answers only health and metrics.</summary>
    Worker,
}
