using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Crawlers.Scheduling;

namespace Roadmap.Crawlers;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the crawl runner and the nightly service. The host adds its <see cref="ICrawlSource"/>s, an
    /// <c>IGraphStore</c>, an <c>ICrawlStateStore</c> and the <see cref="CrawlDataFolder"/>; options bind from the <c>Crawler</c> section.
    /// </summary>
    public static IServiceCollection AddRoadmapCrawlers(this IServiceCollection services)
    {
        services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICrawlRunner, SessionCrawlRunner>();
        services.AddSingleton<NightlyCrawlService>();
        services.AddHostedService(sp => sp.GetRequiredService<NightlyCrawlService>());
        return services;
    }
}
