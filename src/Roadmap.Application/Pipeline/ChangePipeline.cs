using System.Diagnostics;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Pipeline;

/// <summary>
/// What happens after a write, in one place: the store's changes flow, by change number, through a fixed order of
/// projections — search index → analysis → topic re-filing — each keeping its own position. The service runs a pass
/// whenever it is woken (a write through the API, an editor's decision) or its interval passes
/// (<c>ChangePipelineService</c>); a CLI verb that wrote the graph runs one pass before it returns.
/// </summary>
/// <remarks>
/// Order matters: the analysis classifies with the index's rule queries, so it may only take in what the index holds,
/// and re-filing files documents under the topics the analysis just gave them.
/// </remarks>
public sealed class ChangePipeline(IGraphStore store, IReadOnlyList<IChangeProjection> steps)
{
    public IReadOnlyList<IChangeProjection> Steps => steps;

    /// <summary>Runs every step once, in order.</summary>
    public async Task<PipelineReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var storeThrough = await store.GetLastChangeSeqAsync(cancellationToken);
        var outcomes = new List<ProjectionOutcome>(steps.Count);
        foreach (var step in steps)
        {
            var started = stopwatch.Elapsed;
            var outcome = await step.CatchUpAsync(outcomes, cancellationToken);
            outcomes.Add(outcome with { Elapsed = stopwatch.Elapsed - started });
        }

        return new PipelineReport(storeThrough, outcomes, stopwatch.Elapsed);
    }

    /// <summary>How many store changes each step is behind the store now (a step with no position counts all of them).</summary>
    public async Task<IReadOnlyList<(string Step, long Lag)>> LagAsync(CancellationToken cancellationToken)
    {
        var storeThrough = await store.GetLastChangeSeqAsync(cancellationToken);
        var lags = new List<(string, long)>(steps.Count);
        foreach (var step in steps)
        {
            lags.Add((step.Name, Math.Max(0, storeThrough - (await step.PositionAsync(cancellationToken) ?? 0))));
        }

        return lags;
    }
}
