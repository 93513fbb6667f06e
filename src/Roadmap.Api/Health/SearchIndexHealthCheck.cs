using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Roadmap.Api.Hosting;
using Roadmap.Api.Search;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Health;

/// <summary>
/// The search index is open, has caught up with the store once since start, does not lag the store's change sequence by
/// more than <see cref="SearchOptions.ReadyMaxLag"/> changes for longer than <see cref="SearchOptions.ReadyLagGrace"/>, and
/// its syncs are not failing <see cref="SearchOptions.ReadyMaxFailedSyncs"/> times in a row. The description names the lag.
/// </summary>
internal sealed class SearchIndexHealthCheck(SearchIndexHost host, IGraphStore store, IOptions<SearchOptions> options, TimeProvider time) : IHealthCheck
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _laggingSince;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = host.Index.Count;
            if (!host.IsCaughtUp)
            {
                return HealthCheckResult.Unhealthy($"catching up with the store ({count} documents indexed so far)");
            }

            var settings = options.Value;
            if (host.FailuresInARow >= settings.ReadyMaxFailedSyncs)
            {
                return HealthCheckResult.Unhealthy($"{host.FailuresInARow} index syncs failed in a row: {host.LastFailure}");
            }

            var storeSeq = await store.GetLastChangeSeqAsync(cancellationToken);
            var indexed = host.Index.ChangesThrough ?? 0;
            var lag = Math.Max(0, storeSeq - indexed);
            var data = new Dictionary<string, object> { ["lag"] = lag, ["indexedThrough"] = indexed, ["storeThrough"] = storeSeq, ["documents"] = count };
            var since = LaggingSince(lag > settings.ReadyMaxLag);
            var description = $"{count} documents indexed; {lag} store change(s) behind";
            return since is { } start && time.GetUtcNow() - start >= settings.ReadyLagGrace
                ? HealthCheckResult.Unhealthy($"{description}, since {start:yyyy-MM-dd HH:mm:ss} UTC (allowed: {settings.ReadyLagGrace})", data: data)
                : HealthCheckResult.Healthy(description, data);
        }
        catch (ObjectDisposedException ex)
        {
            return HealthCheckResult.Unhealthy("the index is closed", ex);
        }
    }

    // Lag is normal for a moment after every write: it counts once it has lasted.
    private DateTimeOffset? LaggingSince(bool lagging)
    {
        lock (_gate)
        {
            _laggingSince = lagging ? _laggingSince ?? time.GetUtcNow() : null;
            return _laggingSince;
        }
    }
}
