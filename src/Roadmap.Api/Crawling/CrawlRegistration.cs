using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Scheduling;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;

namespace Roadmap.Api.Crawling;

internal static class CrawlRegistration
{
    /// <summary>
    /// The registered bodies' crawl sources (<see cref="BodyRegistration.AddRoadmapBodies"/>) and runner over the data
    /// folder, the admins' crawl trigger and, when <c>Roadmap:Crawl:Nightly</c>
    /// is true, the nightly scheduler. Crawled documents reach search and analysis through the index sync.
    /// An API replica (<see cref="ServiceRole.Api"/>) never schedules crawls: asked to, it refuses to start, so a
    /// misconfigured replica cannot crawl once per replica; its <c>triggerCrawl</c> crawls under the shared <c>crawl</c> lease.
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapCrawling(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CrawlOptions.Section).Get<CrawlOptions>() ?? new CrawlOptions();
        if (options.Nightly && !builder.GetServiceRole().RunsBackgroundWork())
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(CrawlOptions.Section, typeof(CrawlOptions),
                [$"{CrawlOptions.Section}:Nightly is true but {ServiceRoles.Key} is {builder.GetServiceRole()}: API replicas never schedule crawls; set it on the worker (Roadmap__Role=Worker) only"]);
        }

        builder.Services.AddOptions<CrawlOptions>().BindConfiguration(CrawlOptions.Section);
        builder.Services.AddRoadmapBodies();
        builder.Services.AddSingleton(sp => new CrawlDataFolder(sp.GetRequiredService<DataDirectory>().Root));
        builder.Services.TryAddSingleton<ICrawlRunner, SessionCrawlRunner>();
        if (options.Nightly)
        {
            builder.Services.AddRoadmapCrawlers();
        }
        else
        {
            builder.Services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        }

        builder.Services.AddSingleton<CrawlTriggerService>();
        return builder;
    }
}
