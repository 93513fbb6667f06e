using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Crawlers.Itu;

public static class ItuRegistration
{
    /// <summary>ITU-T's crawling: its source (series listings, Recommendation pages, the work programme) and parsers.</summary>
    public static IServiceCollection AddRoadmapItuT(this IServiceCollection services) => services.AddCrawlSource<ItuSource>();
}
