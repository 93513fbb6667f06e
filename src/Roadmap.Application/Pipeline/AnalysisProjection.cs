using Roadmap.Core.Analysis;

namespace Roadmap.Application.Pipeline;

/// <summary>
/// Second step: the analysis classifies the documents of the changes the index now holds and recomputes coverage, gaps,
/// overlaps and liaisons. Its position is its last live run's change mark. Without a live run it runs a full analysis
/// when <paramref name="startWhenMissing"/> (the service) and the store has documents, and otherwise waits for
/// <c>roadmap analyze</c> (the CLI). With a <paramref name="lease"/> (instances sharing one store) a run happens under
/// it: an instance that finds it held leaves the run to its holder and takes the result on a later pass.
/// </summary>
public sealed class AnalysisProjection(IAnalysisRunner analysis, IChangeProjection index, bool startWhenMissing, AnalysisLease? lease = null) : IChangeProjection
{
    public const string StepName = "analysis";

    public string Name => StepName;

    public async Task<long?> PositionAsync(CancellationToken cancellationToken) =>
        (await analysis.LiveRunAsync(cancellationToken))?.ChangesThroughSeq;

    public async Task<ProjectionOutcome> CatchUpAsync(IReadOnlyList<ProjectionOutcome> earlier, CancellationToken cancellationToken)
    {
        var indexed = await index.PositionAsync(cancellationToken);
        var live = await analysis.LiveRunAsync(cancellationToken);
        var idle = await NothingToRunAsync(live, indexed, cancellationToken);
        if (idle is not null || lease is null)
        {
            return idle ?? await RunAsync(live, indexed, cancellationToken);
        }

        if (await lease.TryTakeAsync(cancellationToken) is not { } held)
        {
            return new ProjectionOutcome(Name, false, live?.ChangesThroughSeq, "deferred: another instance is running the analysis");
        }

        try
        {
            // The holder before us may have run just what this pass wanted.
            live = await analysis.LiveRunAsync(cancellationToken);
            return await NothingToRunAsync(live, indexed, cancellationToken) ?? await RunAsync(live, indexed, cancellationToken);
        }
        finally
        {
            await lease.ReleaseAsync(held, CancellationToken.None);
        }
    }

    private async Task<ProjectionOutcome?> NothingToRunAsync(AnalysisRun? live, long? indexed, CancellationToken cancellationToken)
    {
        if (live is null)
        {
            return !startWhenMissing || indexed is null or 0 ? new ProjectionOutcome(Name, false, null, "skipped: no analysis yet") : null;
        }

        return live.ChangesThroughSeq is { } position && indexed is { } held && held <= position && !await analysis.DecisionsPendingAsync(live, cancellationToken)
            ? new ProjectionOutcome(Name, false, position, "up to date")
            : null;
    }

    private async Task<ProjectionOutcome> RunAsync(AnalysisRun? live, long? indexed, CancellationToken cancellationToken)
    {
        if (live is null)
        {
            var first = await analysis.RunAsync(full: true, indexed, cancellationToken);
            return new ProjectionOutcome(Name, true, first.ChangesThroughSeq, $"first full run {first.Id}: {first.OpenGaps} open gaps");
        }

        if (live.ChangesThroughSeq is { } position && indexed is { } held && held <= position)
        {
            // No document changed, but editors' decisions did: gaps, coverage and overlaps follow them within a pass.
            var decided = await analysis.RunAsync(full: false, indexed, cancellationToken);
            return new ProjectionOutcome(Name, true, decided.ChangesThroughSeq, $"editors' decisions applied by run {decided.Id}: {decided.OpenGaps} open gaps");
        }

        var run = await analysis.RunAsync(full: false, indexed, cancellationToken);
        return new ProjectionOutcome(Name, true, run.ChangesThroughSeq, $"{run.Mode} run {run.Id}: {run.Classified} classified, {run.OpenGaps} open gaps");
    }
}
