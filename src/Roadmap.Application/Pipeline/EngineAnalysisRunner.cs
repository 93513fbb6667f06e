using Roadmap.Analysis;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Pipeline;

/// <summary>The analysis engine run directly, for a process that owns the data folder for the length of one verb.</summary>
public sealed class EngineAnalysisRunner(AnalysisEngine engine, IAnalysisStore store) : IAnalysisRunner
{
    // Live and "as of" runs share one list, newest first; the live run is the newest without a date.
    private const int RunsToScan = 200;

    public async Task<AnalysisRun?> LiveRunAsync(CancellationToken cancellationToken) =>
        (await store.ListRunsAsync(RunsToScan, cancellationToken)).FirstOrDefault(r => r.AsOf is null);

    public async Task<AnalysisRun> RunAsync(bool full, long? matcherThrough, CancellationToken cancellationToken) =>
        (await engine.RunAsync(new AnalysisRequest { Full = full, MatcherChangesThrough = matcherThrough }, cancellationToken)).Run;
}
