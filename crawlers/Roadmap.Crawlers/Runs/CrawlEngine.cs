using Microsoft.Extensions.Logging;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// Runs one source: visits its frontier page by page (fetch → parse → store → checkpoint), follows in-scope links,
/// records failures and layout drift without aborting, and never deletes anything. Pages are visited one at a time:
/// the per-host rate limit makes parallelism pointless, and it keeps the checkpoint exact. A run that dies is recorded
/// as Failed and leaves no checkpoint, so the next run starts clean.
/// </summary>
public sealed partial class CrawlEngine(IGraphStore store, IPageFetcher fetcher, CrawlerOptions options, CrawlState state, TimeProvider time, ILogger logger)
{
    /// <summary>Crawls <paramref name="source"/>. With <paramref name="resume"/>, continues the source's interrupted run if there is one.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled; the checkpoint stays for <c>--resume</c>.</exception>
    public async Task<CrawlReport> RunAsync(ICrawlSource source, IReadOnlyList<PageLink> seeds, bool resume, CancellationToken cancellationToken)
    {
        var existing = await ContinueOrAbandonAsync(source.Name, resume, cancellationToken);
        var checkpoint = existing ?? NewCheckpoint(source.Name, seeds);
        try
        {
            SkipPageItDiedOn(source.Name, checkpoint);
            MarkInFlight(checkpoint);
            await state.SaveCheckpointAsync(checkpoint, cancellationToken);
            LogStarting(logger, source.Name, checkpoint.RunId, existing is not null, checkpoint.Pending.Count);
            await store.SaveCrawlRunAsync(new CrawlRun { Id = checkpoint.RunId, Source = source.Name, StartedAt = checkpoint.StartedAt }, cancellationToken);
            var budgetSpent = await VisitAllAsync(source, checkpoint, cancellationToken);
            return await FinishAsync(source.Name, checkpoint, existing is not null, budgetSpent, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // A clean stop: the page in flight is visited again on resume and is not held against it.
            // The caller's token is cancelled, so this last write must not take it.
            checkpoint.InFlight = null;
            await state.SaveCheckpointAsync(checkpoint, CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            await FailAsync(source.Name, checkpoint, ex, cancellationToken);
            throw;
        }
    }

    // Returns true when the run budget was spent with pages left.
    private async Task<bool> VisitAllAsync(ICrawlSource source, CrawlCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var settings = options.Sources.GetValueOrDefault(source.Name) ?? new SourceSettings();
        var parsers = source.Parsers.ToDictionary(p => p.Kind, StringComparer.Ordinal);
        var listings = await state.LoadListingCountsAsync(source.Name, cancellationToken);
        var done = new HashSet<string>(checkpoint.Done, StringComparer.Ordinal);
        var queued = new HashSet<string>(checkpoint.Pending.Select(p => p.Url), StringComparer.Ordinal);
        using var budget = new CancellationTokenSource(options.RunBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
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
                checkpoint.InFlight = null;
                await state.SaveCheckpointAsync(checkpoint, cancellationToken);
                return true;
            }

            checkpoint.Pending.RemoveAt(0);
            checkpoint.Done.Add(next.Url);
            done.Add(next.Url);
            MarkInFlight(checkpoint);
            await state.SaveCheckpointAsync(checkpoint, cancellationToken);
            await state.SaveListingCountsAsync(source.Name, listings, cancellationToken);
        }

        return false;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {Source} run {RunId} (resumed: {Resumed}), {Pending} page(s) queued")]
    private static partial void LogStarting(ILogger logger, string source, string runId, bool resumed, int pending);
}
