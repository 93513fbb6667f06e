using Microsoft.Extensions.Options;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.Hosting;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Pipeline;

/// <summary>
/// Runs the change pipeline in the service (see <see cref="ChangePipeline"/>): a pass at start, then as soon as
/// <see cref="PipelineWake"/> asks (a write through the API), the store's last change number moves (a write from elsewhere,
/// seen within <see cref="SearchOptions.PollInterval"/>), or <see cref="SearchOptions.SyncInterval"/> passes. A failed pass
/// is logged and retried at the next one; each step resumes from its own position, so nothing is skipped.
/// </summary>
internal sealed partial class ChangePipelineService(
    ChangePipeline pipeline,
    PipelineWake wake,
    IGraphStore store,
    CommitteeCatalog committees,
    IOptions<SearchOptions> options,
    TimeProvider time,
    ILogger<ChangePipelineService> logger) : BackgroundService
{
    private int _running;
    private long _answered;

    /// <summary>True when no pass runs and every pass asked for has run: what was written through the API has gone through.</summary>
    public bool IsIdle => Volatile.Read(ref _running) == 0 && Interlocked.Read(ref _answered) >= wake.Requests;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = await PassAsync(stoppingToken);
            try
            {
                await WaitForWorkAsync(seen, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs one pass; returns the store's change number it started from (or -1 when it failed).</summary>
    private async Task<long> PassAsync(CancellationToken stoppingToken)
    {
        Volatile.Write(ref _running, 1);
        var requests = wake.Requests;
        try
        {
            var report = await pipeline.RunOnceAsync(stoppingToken);
            if (report.Step(SearchIndexProjection.StepName)?.StoreChanged == true)
            {
                committees.Invalidate();
            }

            if (report.Changed && logger.IsEnabled(LogLevel.Information))
            {
                var steps = string.Join("; ", report.Steps.Where(s => s.Changed).Select(s => $"{s.Step} {s.Summary} ({s.Elapsed.TotalMilliseconds:F0} ms)"));
                LogPass(logger, report.StoreThrough, steps);
            }

            Interlocked.Exchange(ref _answered, requests);
            return report.StoreThrough;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogPassFailed(logger, ex);
            return -1;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    // Until woken, the store moves past what the last pass saw, or the sync interval is over. After a failed pass only a
    // wake-up or the interval start the next one: a store that is down is not polled into the ground.
    private async Task WaitForWorkAsync(long seen, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var until = time.GetUtcNow() + settings.SyncInterval;
        while (time.GetUtcNow() < until)
        {
            var step = TimeSpan.FromTicks(Math.Clamp((until - time.GetUtcNow()).Ticks, 0, settings.PollInterval.Ticks));
            if (await wake.WaitAsync(step, stoppingToken) || (seen >= 0 && await StoreMovedAsync(seen, stoppingToken)))
            {
                return;
            }
        }
    }

    private async Task<bool> StoreMovedAsync(long seen, CancellationToken stoppingToken)
    {
        try
        {
            return await store.GetLastChangeSeqAsync(stoppingToken) != seen;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change pipeline through change {StoreThrough}: {Steps}")]
    private static partial void LogPass(ILogger logger, long storeThrough, string steps);

    [LoggerMessage(Level = LogLevel.Error, Message = "A change pipeline pass failed; the next pass resumes every step from its position")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
