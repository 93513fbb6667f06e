using Roadmap.Api.Analysis;
using Roadmap.Api.Crawling;
using Roadmap.Api.Errors;
using Roadmap.Api.Explorer;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Http;
using Roadmap.Api.Health;
using Roadmap.Api.Hosting;
using Roadmap.Hosting;
using Roadmap.Api.Jobs;
using Roadmap.Api.Pipeline;
using Roadmap.Api.Reports;
using Roadmap.Api.Search;
using Roadmap.Api.Security;
using Roadmap.Api.Telemetry;
using Roadmap.Api.Ui;
using Roadmap.Api.Watches;

namespace Roadmap.Api;

/// <summary>The Roadmap service host: the same for <c>dotnet Roadmap.Api.dll</c>, <c>roadmap serve</c>, the demo, tests and the load benchmark.</summary>
public static class RoadmapServer
{
    /// <summary>
    /// Builds the host. <paramref name="settings"/> override configuration (e.g. <c>Roadmap:Data</c>, <c>urls</c>).
    /// <c>Roadmap:Role</c> (<see cref="ServiceRole"/>) decides which of the registrations below add their background services.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddRoadmapStorage();
        builder.AddRoadmapSearch();
        builder.AddRoadmapAnalysis();
        builder.AddRoadmapPipeline();
        builder.AddRoadmapJobs();
        builder.AddRoadmapCrawling();
        builder.AddRoadmapSecurity();
        builder.AddRoadmapRateLimiting();
        builder.AddRoadmapDeployment();
        builder.AddRoadmapGraphQL();
        builder.AddRoadmapReports();
        builder.AddRoadmapWatches();
        builder.AddRoadmapHealth();
        builder.AddRoadmapTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<RoadmapExceptionHandler>();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 16 * 1024 * 1024);

        var app = builder.Build();
        app.UseRoadmapForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.MapHealthApi();
        // A worker answers health and metrics only: readers reach the API replicas (README, "Production topology").
        if (builder.GetServiceRole().ServesApi())
        {
            app.MapGraphQLApi();
            app.MapExplorerApi();
            app.MapUiApi();
            app.MapReportApi();
            app.MapWatchFeedApi();
        }

        app.MapMetricsApi();
        return app;
    }

    /// <summary>Builds and runs the host until <paramref name="cancellationToken"/> or Ctrl+C stops it.</summary>
    public static async Task RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        await using var app = Build(args, settings);
        await app.RunAsync(cancellationToken);
    }
}
