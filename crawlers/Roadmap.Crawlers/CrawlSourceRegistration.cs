using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Roadmap.Crawlers;

public static class CrawlSourceRegistration
{
    /// <summary>
    /// Registers a body's crawl source (once, however often it is called). What is registered is what the hosts offer:
    /// the CLI's <c>crawl --source</c> choices and help, the admins' trigger and the nightly run's default sources, in
    /// registration order.
    /// </summary>
    public static IServiceCollection AddCrawlSource<TSource>(this IServiceCollection services)
        where TSource : class, ICrawlSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICrawlSource, TSource>());
        return services;
    }
}
