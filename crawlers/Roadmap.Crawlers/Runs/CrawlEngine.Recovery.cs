using Microsoft.Extensions.Logging;
using Roadmap.Core.Crawling;

namespace Roadmap.Crawlers.Runs;

public sealed partial class CrawlEngine
{
    /// <summary>A page the crawl died on this many times (a hard kill, not a clean stop) is failed and skipped on resume.</summary>
    internal const int MaxDeathsPerPage = 2;

    // The checkpoint to continue, or null to start afresh. A checkpoint left behind and not resumed belongs to a run that
    // will never finish: it is recorded as Failed. A damaged one is set aside: the graph has everything it stored.
    private async Task<CrawlCheckpoint?> ContinueOrAbandonAsync(string source, bool resume, CancellationToken cancellationToken)
    {
        CrawlCheckpoint? previous;
        try
        {
            previous = await state.LoadCheckpointAsync(source, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            LogCheckpointDamaged(logger, source, ex.Message);
            await state.DeleteCheckpointAsync(source, cancellationToken);
            return null;
        }

        if (previous is null || resume)
        {
            return previous;
        }

        await store.SaveCrawlRunAsync(Ended(previous, CrawlRunState.Failed, "abandoned: a new run started without --resume"), cancellationToken);
        return null;
    }

    // Resuming on the page the crawl died on: once more is fair (the kill may have been unrelated), after that it is poison.
    private void SkipPageItDiedOn(string source, CrawlCheckpoint checkpoint)
    {
        if (checkpoint.InFlight is not { } url || checkpoint.Pending.Count == 0 || checkpoint.Pending[0].Url != url)
        {
            return;
        }

        checkpoint.InFlightDeaths++;
        if (checkpoint.InFlightDeaths < MaxDeathsPerPage)
        {
            return;
        }

        var page = checkpoint.Pending[0];
        var reason = $"the crawl died {checkpoint.InFlightDeaths} times while on this page; skipped";
        checkpoint.Failures.Add(new PageFailure(page.Url, page.Kind, reason));
        LogPoisonPage(logger, source, page.Url, checkpoint.InFlightDeaths);
        checkpoint.Pending.RemoveAt(0);
        checkpoint.Done.Add(page.Url);
    }

    // The checkpoint names the page about to be visited, so a kill during it is known on resume.
    private static void MarkInFlight(CrawlCheckpoint checkpoint)
    {
        var next = checkpoint.Pending.Count > 0 ? checkpoint.Pending[0].Url : null;
        if (checkpoint.InFlight != next)
        {
            (checkpoint.InFlight, checkpoint.InFlightDeaths) = (next, 0);
        }
    }

    // The run dies: say so in the store and drop the checkpoint, so neither the next run nor --resume inherits it.
    private async Task FailAsync(string source, CrawlCheckpoint checkpoint, Exception error, CancellationToken cancellationToken)
    {
        LogRunFailed(logger, source, checkpoint.RunId, error);
        // Each step is tried on its own, and what fails here is only logged: the error that ended the run is the one to report.
        try
        {
            await state.DeleteCheckpointAsync(source, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailureNotRecorded(logger, source, checkpoint.RunId, ex);
        }

        try
        {
            await store.SaveCrawlRunAsync(Ended(checkpoint, CrawlRunState.Failed, $"run failed: {error.Message}"), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailureNotRecorded(logger, source, checkpoint.RunId, ex);
        }
    }

    private CrawlRun Ended(CrawlCheckpoint checkpoint, CrawlRunState outcome, string message) => new()
    {
        Id = checkpoint.RunId, Source = checkpoint.Source, StartedAt = checkpoint.StartedAt, FinishedAt = time.GetUtcNow(), State = outcome,
        Added = checkpoint.Added, Changed = checkpoint.Changed, Unchanged = checkpoint.Unchanged, Rejected = checkpoint.Failures.Count, Message = message,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl checkpoint of {Source} is damaged ({Problem}); a new run starts")]
    private static partial void LogCheckpointDamaged(ILogger logger, string source, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl {Source} died {Deaths} times on {Url}; the page is failed and skipped")]
    private static partial void LogPoisonPage(ILogger logger, string source, string url, int deaths);

    [LoggerMessage(Level = LogLevel.Error, Message = "Crawl {Source} run {RunId} failed; its checkpoint is dropped")]
    private static partial void LogRunFailed(ILogger logger, string source, string runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Crawl {Source} run {RunId} failed, and dropping its checkpoint or recording it as Failed failed too")]
    private static partial void LogFailureNotRecorded(ILogger logger, string source, string runId, Exception exception);
}
