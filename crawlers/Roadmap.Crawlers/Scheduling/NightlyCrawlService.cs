using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Crawlers.Runs;

namespace Roadmap.Crawlers.Scheduling;

/// <summary>
/// Runs the configured sources (by default every registered one, see <see cref="NightlySelection"/>) on a cron
/// schedule (UTC; default <c>0 2 * * *</c>), one run at a time. A run that is still going when the next is due makes
/// the next one skip; the last run's state is exposed in <see cref="Status"/>.
/// </summary>
public sealed partial class NightlyCrawlService(
    ICrawlRunner runner, IEnumerable<ICrawlSource> sources, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<NightlyCrawlService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile NightlyStatus _status = new();

    public NightlyStatus Status => _status;

    /// <summary>Starts a run now unless one is going; false when one is.</summary>
    public async Task<bool> TryRunNowAsync(CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(0, cancellationToken))
        {
            LogSkipped(logger);
            return false;
        }

        try
        {
            _status = _status with { Running = true, LastStartedAt = time.GetUtcNow() };
            var request = new CrawlRequest { Sources = NightlySelection.Of(options.Value, sources), Resume = true };
            var reports = await runner.RunAsync(request, cancellationToken);
            _status = _status with { Running = false, LastFinishedAt = time.GetUtcNow(), LastReports = reports, LastError = null };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A run that fails as a whole must not stop the schedule; it is reported and tried again next time.
            _status = _status with { Running = false, LastFinishedAt = time.GetUtcNow(), LastReports = [], LastError = ex.Message };
            LogRunFailed(logger, ex);
        }
        finally
        {
            _gate.Release();
        }

        return true;
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronExpression.Parse(options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.GetNextOccurrence(now, TimeZoneInfo.Utc) is not { } next)
            {
                return;
            }

            // The wait is set before the status names the next run: a clock that moves on once the status says so
            // (a test's fake clock) finds the wait already counting from the time it was measured against.
            var wait = Task.Delay(next - now, time, stoppingToken);
            _status = _status with { NextRunAt = next };
            LogNext(logger, next);
            await wait;
            await TryRunNowAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Next nightly crawl at {Next:o}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A crawl is still running; this one is skipped")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The nightly crawl failed as a whole")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
