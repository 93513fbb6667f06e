namespace Roadmap.Application.Pipeline;

/// <summary>
/// Second step: the analysis classifies the documents of the changes the index now holds and recomputes coverage, gaps,
/// overlaps and liaisons. Its position is its last live run's change mark. Without a live run it runs a full analysis
/// when <paramref name="startWhenMissing"/> (the service) and the store has documents, and otherwise waits for
/// <c>roadmap analyze</c> (the CLI).
/// </summary>
public sealed class AnalysisProjection(IAnalysisRunner analysis, IChangeProjection index, bool startWhenMissing) : IChangeProjection
{
    public const string StepName = "analysis";

    public string Name => StepName;

    public async Task<long?> PositionAsync(CancellationToken cancellationToken) =>
        (await analysis.LiveRunAsync(cancellationToken))?.ChangesThroughSeq;

    public async Task<ProjectionOutcome> CatchUpAsync(IReadOnlyList<ProjectionOutcome> earlier, CancellationToken cancellationToken)
    {
        var indexed = await index.PositionAsync(cancellationToken);
        var live = await analysis.LiveRunAsync(cancellationToken);
        if (live is null)
        {
            if (!startWhenMissing || indexed is null or 0)
            {
                return new ProjectionOutcome(Name, false, null, "skipped: no analysis yet");
            }

            var first = await analysis.RunAsync(full: true, indexed, cancellationToken);
            return new ProjectionOutcome(Name, true, first.ChangesThroughSeq, $"first full run {first.Id}: {first.OpenGaps} open gaps");
        }

        if (live.ChangesThroughSeq is { } position && indexed is { } held && held <= position)
        {
            if (!await analysis.DecisionsPendingAsync(live, cancellationToken))
            {
                return new ProjectionOutcome(Name, false, position, "up to date");
            }

            // No document changed, but editors' decisions did: gaps, coverage and overlaps follow them within a pass.
            var decided = await analysis.RunAsync(full: false, indexed, cancellationToken);
            return new ProjectionOutcome(Name, true, decided.ChangesThroughSeq, $"editors' decisions applied by run {decided.Id}: {decided.OpenGaps} open gaps");
        }

        var run = await analysis.RunAsync(full: false, indexed, cancellationToken);
        return new ProjectionOutcome(Name, true, run.ChangesThroughSeq, $"{run.Mode} run {run.Id}: {run.Classified} classified, {run.OpenGaps} open gaps");
    }
}
