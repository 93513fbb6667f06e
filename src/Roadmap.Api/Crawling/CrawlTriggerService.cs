using Microsoft.Extensions.Options;
using Roadmap.Application.Jobs;
using Roadmap.Application.Pipeline;
using Roadmap.Core.Coordination;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Scheduling;

namespace Roadmap.Api.Crawling;

/// <summary>
/// Starts a crawl as a background job on an admin's request, one at a time (and not while the nightly one runs), then
/// wakes the change pipeline, which indexes and analyses the crawled documents. The crawl takes the graph store's
/// <c>crawl</c> lease first (as the nightly run does), so no two instances on one store crawl at once.
/// </summary>
internal sealed partial class CrawlTriggerService(
    ICrawlRunner runner,
    IEnumerable<ICrawlSource> sources,
    IOptions<CrawlerOptions> options,
    IServiceProvider services,
    PipelineWake pipeline,
    JobBoard jobs,
    ILogger<CrawlTriggerService> logger)
{
    // This instance, in the crawl lease.
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Whether a crawl started, why (not), which sources, and its job (the running one when a triggered crawl was under way).</summary>
    internal sealed record Outcome(bool Started, string Message, IReadOnlyList<string> Sources, BackgroundJob? Job);

    /// <summary>The source names a crawl may name.</summary>
    public IReadOnlyList<string> Sources { get; } = [.. sources.Select(s => s.Name)];

    /// <summary>Starts the crawl and returns at once: whether it started and why not.</summary>
    /// <exception cref="ArgumentException">The source is not one of <see cref="Sources"/>.</exception>
    public Outcome TryStart(string? source, string requestedBy)
    {
        IReadOnlyList<string> selected = source is null
            ? NightlySelection.Of(options.Value, sources)
            : [Sources.FirstOrDefault(s => string.Equals(s, source.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? throw new ArgumentException($"no crawl source '{source}'; known: {string.Join(", ", Sources)}", nameof(source))];
        if (services.GetService<NightlyCrawlService>() is { Status.Running: true })
        {
            return new Outcome(false, "the nightly crawl is running; try again when it has finished", selected, null);
        }

        var (job, started) = jobs.Start(JobKind.Crawl, requestedBy, (progress, ct) => RunAsync(selected, progress, ct));
        return started
            ? new Outcome(true, $"crawl of {string.Join(", ", selected)} started as {job.Id}; its documents reach search and the analysis when it finishes", selected, job)
            : new Outcome(false, $"a crawl started here is still running ({job.Id}); try again when it has finished", selected, job);
    }

    private async Task<JobResult> RunAsync(IReadOnlyList<string> selected, IProgress<string> progress, CancellationToken stopping)
    {
        var leases = services.GetService<ILeaseStore>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var lease = leases is null
            ? null
            : await leases.TryAcquireLeaseAsync(
                new LeaseRequest { Name = NightlyCrawlService.LeaseName, Owner = _owner, Duration = options.Value.LeaseDuration, Now = time.GetUtcNow() },
                stopping);
        if (leases is not null && lease is null)
        {
            return new JobResult("not run: another instance holds the crawl lease (its crawl is under way)");
        }

        try
        {
            progress.Report($"crawling {string.Join(", ", selected)}");
            var reports = await runner.RunAsync(new CrawlRequest { Sources = selected, Resume = true }, stopping);
            foreach (var report in reports)
            {
                LogCrawled(logger, report.Source, report.State, report.Added, report.Changed);
            }

            return new JobResult(string.Join("; ", reports.Select(r => $"{r.Source}: {r.State}, {r.Added} added, {r.Changed} changed, {r.Failures.Count} failed")), string.Join(",", reports.Select(r => r.RunId)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A cancelled crawl resumes from its checkpoint next time; a failed one is recorded on its job.
            LogFailed(logger, ex);
            throw;
        }
        finally
        {
            if (lease is not null)
            {
                await leases!.ReleaseLeaseAsync(lease, time.GetUtcNow(), CancellationToken.None);
            }

            pipeline.Soon();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Triggered crawl of {Source}: {State}, {Added} added, {Changed} changed")]
    private static partial void LogCrawled(ILogger logger, string source, Roadmap.Core.Crawling.CrawlRunState state, int added, int changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "The triggered crawl failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
