using Microsoft.Extensions.Options;
using Roadmap.Core.Analysis;
using Roadmap.Core.Audit;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;
using Roadmap.Graph.Embedded;

namespace Roadmap.Api.Hosting;

internal static class StorageRegistration
{
    /// <summary>
    /// Every store, chosen in this one place: the data folder, the graph store (embedded or Neo4j, from
    /// <see cref="GraphOptions"/>), and the service's own state — analysis, audit trail, API keys.
    /// </summary>
    public static IHostApplicationBuilder AddRoadmapStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoadmapOptions>().BindConfiguration(RoadmapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => DataDirectory.OpenOrCreate(sp.GetRequiredService<IOptions<RoadmapOptions>>().Value.Data));
        builder.Services.AddSingleton(sp => GraphStores.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value, sp.GetRequiredService<DataDirectory>()));

        // The service's own state stays in the data folder's SQLite file whichever graph store serves the documents.
        builder.Services.AddSingleton<IAnalysisStore>(sp => new SqliteAnalysisStore(sp.GetRequiredService<DataDirectory>().GraphDatabasePath, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IAuditLog>(sp => new SqliteAuditLog(sp.GetRequiredService<DataDirectory>().GraphDatabasePath));
        builder.Services.AddSingleton<IApiKeyStore>(sp => new SqliteApiKeyStore(sp.GetRequiredService<DataDirectory>().GraphDatabasePath));
        builder.Services.AddHostedService<StoreInitializer>();
        return builder;
    }
}
