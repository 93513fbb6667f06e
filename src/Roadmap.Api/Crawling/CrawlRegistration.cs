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
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapCrawling(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CrawlOptions.Section).Get<CrawlOptions>() ?? new CrawlOptions();
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
