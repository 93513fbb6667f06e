using Roadmap.Analysis;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Pipeline;

/// <summary>The analysis engine run directly, for a process that owns the data folder for the length of one verb.</summary>
public sealed class EngineAnalysisRunner(AnalysisEngine engine, IAnalysisStore store) : IAnalysisRunner
{
    public Task<AnalysisRun?> LiveRunAsync(CancellationToken cancellationToken) => store.GetLiveRunAsync(cancellationToken);

    public async Task<bool> DecisionsPendingAsync(AnalysisRun live, CancellationToken cancellationToken) =>
        (await store.GetDecisionsAsync(cancellationToken)).Any(d => d.At > live.StartedAt);

    public async Task<AnalysisRun> RunAsync(bool full, long? matcherThrough, CancellationToken cancellationToken) =>
        (await engine.RunAsync(new AnalysisRequest { Full = full, MatcherChangesThrough = matcherThrough }, cancellationToken)).Run;
}
