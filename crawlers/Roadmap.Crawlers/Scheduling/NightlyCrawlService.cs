using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Roadmap.Core.Coordination;
using Roadmap.Crawlers.Runs;

namespace Roadmap.Crawlers.Scheduling;

/// <summary>
/// Runs the configured sources (by default every registered one, see <see cref="NightlySelection"/>) on a cron
/// schedule (UTC; default <c>0 2 * * *</c>), one run at a time. A run that is still going when the next is due makes
/// the next one skip; the last run's state is exposed in <see cref="Status"/>.
/// With a lease store (the shared graph store), one run at a time across every instance: a run first takes the
/// <c>crawl</c> lease — for a scheduled run, for that occurrence, which is granted once — so N instances on one store
/// make one crawl per schedule, and since only the holder crawls, the per-host politeness limits hold across them.
/// </summary>
public sealed partial class NightlyCrawlService(
    ICrawlRunner runner,
    IEnumerable<ICrawlSource> sources,
    IOptions<CrawlerOptions> options,
    TimeProvider time,
    ILogger<NightlyCrawlService> logger,
    ILeaseStore? leases = null) : BackgroundService
{
    public const string LeaseName = "crawl";

    // Who this instance is, in the lease: host, process and a per-start id (a restarted process is another owner).
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile NightlyStatus _status = new();

    public NightlyStatus Status => _status;

    /// <summary>Starts a run now unless one is going (here or, with a lease store, in another instance); false when one is.</summary>
    public Task<bool> TryRunNowAsync(CancellationToken cancellationToken) => TryRunAsync(occurrence: null, cancellationToken);

    private async Task<bool> TryRunAsync(DateTimeOffset? occurrence, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(0, cancellationToken))
        {
            LogSkipped(logger);
            return false;
        }

        Lease? lease = null;
        try
        {
            if (leases is not null)
            {
                lease = await leases.TryAcquireLeaseAsync(
                    new LeaseRequest
                    {
                        Name = LeaseName,
                        Owner = _owner,
                        Duration = options.Value.LeaseDuration,
                        Now = time.GetUtcNow(),
                        // Fixed-width UTC text, so text order is time order in the store.
                        Occurrence = occurrence?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                    },
                    cancellationToken);
                if (lease is null)
                {
                    LogTakenElsewhere(logger);
                    return false;
                }
            }

            _status = _status with { Running = true, LastStartedAt = time.GetUtcNow() };
            using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var renewal = lease is null ? Task.CompletedTask : KeepAsync(lease, held, cancellationToken);
            var request = new CrawlRequest { Sources = NightlySelection.Of(options.Value, sources), Resume = true };
            IReadOnlyList<CrawlReport> reports;
            try
            {
                reports = await runner.RunAsync(request, held.Token);
            }
            finally
            {
                await held.CancelAsync();
                await renewal;
            }

            _status = _status with { Running = false, LastFinishedAt = time.GetUtcNow(), LastReports = reports, LastError = null };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the host stopping: the lease was lost, and the run stopped so that two instances never crawl at once.
            _status = _status with { Running = false, LastFinishedAt = time.GetUtcNow(), LastReports = [], LastError = "the crawl lease was lost" };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A run that fails as a whole must not stop the schedule; it is reported and tried again next time.
            _status = _status with { Running = false, LastFinishedAt = time.GetUtcNow(), LastReports = [], LastError = ex.Message };
            LogRunFailed(logger, ex);
        }
        finally
        {
            if (lease is not null)
            {
                // The run is over: the next triggered crawl may start at once (a scheduled occurrence stays taken).
                await leases!.ReleaseLeaseAsync(lease, time.GetUtcNow(), CancellationToken.None);
            }

            _gate.Release();
        }

        return true;
    }

    // Renews the lease every third of its duration while the run goes; a lease that is lost (another instance took it
    // after it expired) stops the run, so two instances never crawl at once.
    private async Task KeepAsync(Lease lease, CancellationTokenSource run, CancellationToken cancellationToken)
    {
        var every = options.Value.LeaseDuration / 3;
        try
        {
            while (!run.IsCancellationRequested)
            {
                await Task.Delay(every, time, run.Token);
                if (await leases!.RenewLeaseAsync(lease, time.GetUtcNow(), options.Value.LeaseDuration, cancellationToken) is null)
                {
                    LogLeaseLost(logger);
                    await run.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended (or the host stops): nothing to renew.
        }
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
            await TryRunAsync(next, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Next nightly crawl at {Next:o}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A crawl is still running; this one is skipped")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance holds the crawl lease (or ran this occurrence); this one is skipped")]
    private static partial void LogTakenElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The crawl lease was lost (not renewed in time); the run stops")]
    private static partial void LogLeaseLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The nightly crawl failed as a whole")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);
}
