using Microsoft.Extensions.Options;
using Roadmap.Api.Pipeline;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Scheduling;

namespace Roadmap.Api.Crawling;

/// <summary>
/// Starts a crawl in the background on an admin's request, one at a time (and not while the nightly one runs), then asks
/// the index sync to pick the crawled documents up, which re-runs the analysis.
/// </summary>
internal sealed partial class CrawlTriggerService(
    ICrawlRunner runner,
    IEnumerable<ICrawlSource> sources,
    IOptions<CrawlerOptions> options,
    IServiceProvider services,
    PipelineWake pipeline,
    IHostApplicationLifetime lifetime,
    ILogger<CrawlTriggerService> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The source names a crawl may name.</summary>
    public IReadOnlyList<string> Sources { get; } = [.. sources.Select(s => s.Name)];

    /// <summary>Starts the crawl and returns at once: whether it started and why not.</summary>
    /// <exception cref="ArgumentException">The source is not one of <see cref="Sources"/>.</exception>
    public (bool Started, string Message, IReadOnlyList<string> Sources) TryStart(string? source)
    {
        IReadOnlyList<string> selected = source is null
            ? options.Value.NightlySources
            : [Sources.FirstOrDefault(s => string.Equals(s, source.Trim(), StringComparison.OrdinalIgnoreCase))
               ?? throw new ArgumentException($"no crawl source '{source}'; known: {string.Join(", ", Sources)}", nameof(source))];
        if (services.GetService<NightlyCrawlService>() is { Status.Running: true })
        {
            return (false, "the nightly crawl is running; try again when it has finished", selected);
        }

        if (!_gate.Wait(0))
        {
            return (false, "a crawl started here is still running; try again when it has finished", selected);
        }

        _ = Task.Run(() => RunAsync(selected, lifetime.ApplicationStopping), CancellationToken.None);
        return (true, $"crawl of {string.Join(", ", selected)} started; its documents reach search and the analysis when it finishes", selected);
    }

    public void Dispose() => _gate.Dispose();

    private async Task RunAsync(IReadOnlyList<string> selected, CancellationToken stopping)
    {
        try
        {
            var reports = await runner.RunAsync(new CrawlRequest { Sources = selected, Resume = true }, stopping);
            foreach (var report in reports)
            {
                LogCrawled(logger, report.Source, report.State, report.Added, report.Changed);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping; the crawl resumes from its checkpoint next time.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, ex);
        }
        finally
        {
            _gate.Release();
            pipeline.Soon();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Triggered crawl of {Source}: {State}, {Added} added, {Changed} changed")]
    private static partial void LogCrawled(ILogger logger, string source, Roadmap.Core.Crawling.CrawlRunState state, int added, int changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "The triggered crawl failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
