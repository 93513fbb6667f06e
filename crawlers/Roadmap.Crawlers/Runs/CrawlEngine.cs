using Microsoft.Extensions.Logging;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// Runs one source: visits its frontier page by page (fetch → parse → store → checkpoint), follows in-scope links,
/// records failures and layout drift without aborting, and never deletes anything. Pages are visited one at a time:
/// the per-host rate limit makes parallelism pointless, and it keeps the checkpoint exact.
/// </summary>
public sealed partial class CrawlEngine(IGraphStore store, IPageFetcher fetcher, CrawlerOptions options, CrawlState state, TimeProvider time, ILogger logger)
{
    /// <summary>Crawls <paramref name="source"/>. With <paramref name="resume"/>, continues the source's interrupted run if there is one.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled; the checkpoint stays for <c>--resume</c>.</exception>
    public async Task<CrawlReport> RunAsync(ICrawlSource source, IReadOnlyList<PageLink> seeds, bool resume, CancellationToken cancellationToken)
    {
        var settings = options.Sources.GetValueOrDefault(source.Name) ?? new SourceSettings();
        var parsers = source.Parsers.ToDictionary(p => p.Kind, StringComparer.Ordinal);
        var existing = resume ? state.LoadCheckpoint(source.Name) : null;
        var checkpoint = existing ?? NewCheckpoint(source.Name, seeds);
        state.SaveCheckpoint(checkpoint);
        LogStarting(logger, source.Name, checkpoint.RunId, existing is not null, checkpoint.Pending.Count);
        await store.SaveCrawlRunAsync(new CrawlRun { Id = checkpoint.RunId, Source = source.Name, StartedAt = checkpoint.StartedAt }, cancellationToken);

        var listings = state.LoadListingCounts(source.Name);
        var done = new HashSet<string>(checkpoint.Done, StringComparer.Ordinal);
        var queued = new HashSet<string>(checkpoint.Pending.Select(p => p.Url), StringComparer.Ordinal);
        using var budget = new CancellationTokenSource(options.RunBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var budgetSpent = false;
        while (checkpoint.Pending.Count > 0)
        {
            var next = checkpoint.Pending[0];
            try
            {
                var parsed = await VisitAsync(source, parsers, next, checkpoint, listings, linked.Token);
                foreach (var found in parsed?.Links ?? [])
                {
                    if (source.Follows(found, settings) && !done.Contains(found.Url.AbsoluteUri) && queued.Add(found.Url.AbsoluteUri))
                    {
                        checkpoint.Pending.Add(new CheckpointLink(found.Url.AbsoluteUri, found.Kind));
                    }
                }
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                budgetSpent = true;
                break;
            }

            checkpoint.Pending.RemoveAt(0);
            checkpoint.Done.Add(next.Url);
            done.Add(next.Url);
            state.SaveCheckpoint(checkpoint);
            state.SaveListingCounts(source.Name, listings);
        }

        return await FinishAsync(source.Name, checkpoint, existing is not null, budgetSpent, cancellationToken);
    }

    private CrawlCheckpoint NewCheckpoint(string source, IReadOnlyList<PageLink> seeds)
    {
        var now = time.GetUtcNow();
        var distinct = seeds.DistinctBy(s => s.Url.AbsoluteUri).Select(s => new CheckpointLink(s.Url.AbsoluteUri, s.Kind));
        return new CrawlCheckpoint
        {
            RunId = $"{source}-{now:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}",
            Source = source,
            StartedAt = now,
            Pending = [.. distinct],
        };
    }

    private async Task<CrawlReport> FinishAsync(string source, CrawlCheckpoint checkpoint, bool resumed, bool budgetSpent, CancellationToken cancellationToken)
    {
        var finished = time.GetUtcNow();
        var changes = await store.GetChangesAsync(checkpoint.StartedAt, int.MaxValue, cancellationToken);
        var withdrawn = changes.Count(c => c.RunId == checkpoint.RunId && c.Kind == ChangeKind.Withdrawn);
        var degraded = budgetSpent || checkpoint.Failures.Count > 0 || checkpoint.Drift.Count > 0;
        var message = Describe(checkpoint, budgetSpent);
        var report = new CrawlReport
        {
            Source = source, RunId = checkpoint.RunId, State = degraded ? CrawlRunState.Degraded : CrawlRunState.Succeeded,
            StartedAt = checkpoint.StartedAt, FinishedAt = finished, Resumed = resumed, Pages = checkpoint.Done.Count,
            NotModified = checkpoint.NotModified, Retries = checkpoint.Retries, Added = checkpoint.Added,
            Changed = checkpoint.Changed - withdrawn, Withdrawn = withdrawn, Unchanged = checkpoint.Unchanged,
            Failures = checkpoint.Failures, Drift = checkpoint.Drift, Pending = checkpoint.Pending.Count, Message = message,
        };
        await store.SaveCrawlRunAsync(new CrawlRun
        {
            Id = report.RunId, Source = source, StartedAt = report.StartedAt, FinishedAt = finished, State = report.State,
            Added = report.Added, Changed = checkpoint.Changed, Unchanged = report.Unchanged, Rejected = report.Failures.Count, Message = message,
        }, cancellationToken);
        if (!budgetSpent)
        {
            state.DeleteCheckpoint(source);
        }

        LogFinished(logger, source, report.RunId, report.State, report.Pages, report.Added, report.Changed, report.Failures.Count);
        return report;
    }

    private static string? Describe(CrawlCheckpoint checkpoint, bool budgetSpent)
    {
        var parts = new List<string>();
        if (budgetSpent)
        {
            parts.Add($"time budget spent with {checkpoint.Pending.Count} page(s) left; run 'roadmap crawl --resume' to continue");
        }

        parts.AddRange(checkpoint.Drift.Select(d => $"layout drift in {d.Source} {d.Kind} ({d.Selector}): {d.Message}"));
        if (checkpoint.Failures.Count > 0)
        {
            parts.Add($"{checkpoint.Failures.Count} page(s) failed, first: {checkpoint.Failures[0].Url}: {checkpoint.Failures[0].Reason}");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {Source} run {RunId} (resumed: {Resumed}), {Pending} page(s) queued")]
    private static partial void LogStarting(ILogger logger, string source, string runId, bool resumed, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {Source} run {RunId} {State}: {Pages} pages, {Added} added, {Changed} changed, {Failed} failed")]
    private static partial void LogFinished(ILogger logger, string source, string runId, CrawlRunState state, int pages, int added, int changed, int failed);
}
