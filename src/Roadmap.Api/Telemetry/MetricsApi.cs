using Microsoft.Extensions.Options;
using Roadmap.Api.Hosting;
using Roadmap.Api.Security;

namespace Roadmap.Api.Telemetry;

internal static class MetricsApi
{
    /// <summary>
    /// <c>/metrics</c> (Prometheus text). It tells who uses the service how much, so it needs an API key (any role; give
    /// the scraper a reader key as <c>authorization: credentials</c>) unless <c>Roadmap:Api:PublicMetrics</c> is on, for a
    /// port only the monitoring network reaches.
    /// </summary>
    public static WebApplication MapMetricsApi(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.PublicMetrics)
        {
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/metrics"), branch => branch.Use(async (context, next) =>
            {
                if (context.User.Identity?.IsAuthenticated != true)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await context.Response.WriteAsync($"/metrics needs an API key: send 'Authorization: Bearer <key>' or '{ApiKeyAuthenticationHandler.HeaderName}' (or set Roadmap:Api:PublicMetrics).", context.RequestAborted);
                    return;
                }

                await next(context);
            }));
        }

        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
