using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Coordination;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Graph.Embedded;

namespace Roadmap.Hosting;

public static class StorageRegistration
{
    /// <summary>
    /// Every store, registered in this one place: the data folder (<see cref="RoadmapOptions"/>), the graph store (embedded
    /// or Neo4j, from <see cref="GraphOptions"/>), and the service's own state — analysis, audit trail, API keys — all
    /// chosen by <see cref="RoadmapStores"/>. Options are validated when the host starts; the stores are created or
    /// migrated by <see cref="StoreInitializer"/> before it takes requests.
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // A bad Roadmap:Role stops the host here, before anything is registered by it.
        _ = builder.GetServiceRole();
        services.AddOptions<RoadmapOptions>().BindConfiguration(RoadmapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DataDirectory.OpenOrCreate(sp.GetRequiredService<IOptions<RoadmapOptions>>().Value.Data));
        services.AddSingleton(sp => RoadmapStores.OpenGraph(sp.GetRequiredService<IOptions<GraphOptions>>().Value, sp.GetRequiredService<DataDirectory>()));
        // Leases live in the graph store, so every instance on one Neo4j (or one data folder) sees the same ones; a store
        // that keeps none (a wrapper around the real one) gets this process's own.
        services.AddSingleton(sp => sp.GetRequiredService<IGraphStore>() as ILeaseStore ?? new InProcessLeaseStore());
        services.AddSingleton(sp => RoadmapStores.OpenAnalysis(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DataDirectory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => RoadmapStores.OpenAuditLog(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DataDirectory>()));
        services.AddSingleton(sp => RoadmapStores.OpenApiKeys(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DataDirectory>()));
        services.AddSingleton(sp => RoadmapStores.OpenWatches(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DataDirectory>()));
        services.AddSingleton<ICrawlStateStore>(sp => RoadmapStores.OpenCrawlState(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DataDirectory>()));
        services.AddHostedService<StoreInitializer>();
        return builder;
    }
}
