using Microsoft.Extensions.Logging;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;

namespace Roadmap.Crawlers.Runs;

public sealed partial class CrawlEngine
{
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
            await state.DeleteCheckpointAsync(source, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {Source} run {RunId} {State}: {Pages} pages, {Added} added, {Changed} changed, {Failed} failed")]
    private static partial void LogFinished(ILogger logger, string source, string runId, CrawlRunState state, int pages, int added, int changed, int failed);
}
