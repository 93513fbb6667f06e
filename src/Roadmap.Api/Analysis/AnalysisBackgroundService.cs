using Microsoft.Extensions.Options;
using Roadmap.Api.Hosting;
using Roadmap.Api.Search;
using Roadmap.Core.Graph;
using Roadmap.Search.Maintenance;

namespace Roadmap.Api.Analysis;

/// <summary>
/// Keeps analysis results there to show: at start, once the search index has caught up, a full run when the store has
/// documents but no live run yet; then an incremental run after every index sync that saw the store change (imports,
/// crawls), not after one that only re-filed documents under the topics an analysis or an editor gave them.
/// </summary>
internal sealed partial class AnalysisBackgroundService(
    AnalysisService analysis,
    SearchIndexHost index,
    IGraphStore graph,
    IOptions<AnalysisOptions> options,
    TimeProvider time,
    ILogger<AnalysisBackgroundService> logger) : BackgroundService, IIndexSyncListener
{
    private static readonly TimeSpan IndexPoll = TimeSpan.FromMilliseconds(250);

    private readonly WakeSignal _signal = new();

    public void OnIndexSynced(IndexSyncReport report)
    {
        // A sync that only re-filed documents under their new topics follows an analysis run or an editor's decision:
        // the store did not change, so another run would find nothing new and only add a run to the list.
        if (report.StoreChanged == 0 && report.Deleted == 0)
        {
            return;
        }

        _signal.Set();
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutoRun)
        {
            return;
        }

        try
        {
            while (!index.IsCaughtUp)
            {
                await Task.Delay(IndexPoll, time, stoppingToken);
            }

            await RunGuardedAsync(async ct =>
            {
                if (!await analysis.HasLiveRunAsync(ct) && (await graph.GetStatsAsync(ct)).Documents > 0)
                {
                    // The full run reads the store as the syncs so far left it: their signal is answered by it.
                    _signal.Reset();
                    LogFirstRun(logger);
                    await analysis.RunAsync(full: true, ct);
                }
            }, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await _signal.WaitAsync(stoppingToken);
                await RunGuardedAsync(ct => analysis.RunAsync(full: false, ct), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task RunGuardedAsync(Func<CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        try
        {
            await run(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            LogRunFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store has documents but no analysis yet: running a full analysis in the background")]
    private static partial void LogFirstRun(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The background analysis failed; it runs again after the next index sync")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
