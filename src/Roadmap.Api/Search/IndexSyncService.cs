using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.Hosting;

namespace Roadmap.Api.Search;

/// <summary>
/// Brings the search index up to date at start, then every <see cref="SearchOptions.SyncInterval"/> or as soon as a write asks for it;
/// a sync that saw writes tells the <see cref="IIndexSyncListener"/>s (the analysis re-runs).
/// </summary>
internal sealed partial class IndexSyncService(
    SearchIndexHost host,
    CommitteeCatalog committees,
    IEnumerable<IIndexSyncListener> listeners,
    IOptions<SearchOptions> options,
    ILogger<IndexSyncService> logger) : BackgroundService
{
    private readonly WakeSignal _signal = new();

    /// <summary>Asks for a sync now (after a write through the API).</summary>
    public void SyncSoon() => _signal.Set();

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await host.SyncAsync(stoppingToken);
                if (report.Indexed > 0 || report.Deleted > 0)
                {
                    committees.Invalidate();
                    foreach (var listener in listeners)
                    {
                        listener.OnIndexSynced(report);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogSyncFailed(logger, ex);
            }

            try
            {
                await _signal.WaitAsync(options.Value.SyncInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index sync failed; retrying at the next interval")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception);
}
