using Microsoft.Extensions.DependencyInjection;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;

namespace Roadmap.Hosting;

public static class BodyRegistration
{
    /// <summary>
    /// Every standards body's crawling and import code, one call per body, for the service and the CLI alike: what is
    /// registered here is what <c>roadmap crawl --source</c>, its help, the admins' trigger and the nightly run offer.
    /// A body's designations and lifecycle words need no registration: they are in its folder under
    /// <c>Core/Bodies/</c>, listed by <c>BodyRegistry</c>. ETSI, IEEE, W3C and IETF have no crawler yet; their records
    /// come through the shared catalogue importer, which asks that registry.
    /// </summary>
    public static IServiceCollection AddRoadmapBodies(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddRoadmapItuT()
            .AddRoadmapIso();
    }
}
