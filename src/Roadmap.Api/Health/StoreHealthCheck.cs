using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Health;

/// <summary>The graph store answers a keyed read.</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = await store.GetDocumentAsync("readiness-probe", cancellationToken);
            return HealthCheckResult.Healthy($"{store.GetType().Name} answers");
        }
        catch (Exception ex) when (ex is GraphStoreException or HttpRequestException or IOException or InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy($"{store.GetType().Name} does not answer: {ex.Message}");
        }
    }
}
