using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Roadmap.Api.Telemetry;

internal static class TelemetryRegistration
{
    /// <summary>OpenTelemetry metrics (ASP.NET Core, Kestrel, runtime, Roadmap's own) scraped by Prometheus at <c>/metrics</c>.</summary>
    public static IHostApplicationBuilder AddRoadmapTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApiMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("roadmap-api"))
            .WithMetrics(m => m
                .AddMeter(ApiMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
                .AddPrometheusExporter());
        return builder;
    }
}
