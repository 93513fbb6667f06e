using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roadmap.Api.Search;

namespace Roadmap.Api.Health;

/// <summary>The search index is open and has caught up with the store at least once.</summary>
internal sealed class SearchIndexHealthCheck(SearchIndexHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = host.Index.Count;
            return Task.FromResult(host.IsCaughtUp
                ? HealthCheckResult.Healthy($"{count} documents indexed")
                : HealthCheckResult.Unhealthy($"catching up with the store ({count} documents indexed so far)"));
        }
        catch (ObjectDisposedException ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the index is closed", ex));
        }
    }
}
