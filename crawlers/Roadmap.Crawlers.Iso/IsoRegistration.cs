using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Crawlers.Iso;

public static class IsoRegistration
{
    /// <summary>ISO's crawling: its source (the TC catalogue and standard pages) and parsers.</summary>
    public static IServiceCollection AddRoadmapIso(this IServiceCollection services) => services.AddCrawlSource<IsoSource>();
}
