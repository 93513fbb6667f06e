using Roadmap.Core.Analysis;

namespace Roadmap.Application.Pipeline;

/// <summary>Runs the live analysis for the pipeline: the engine behind the service's gate and caches, or straight in a CLI verb.</summary>
public interface IAnalysisRunner
{
    /// <summary>The latest live run (not an "as of" one), or null when there is none yet.</summary>
    Task<AnalysisRun?> LiveRunAsync(CancellationToken cancellationToken);

    /// <summary>
    /// True when editors pinned, rejected or cleared topics after <paramref name="live"/> started: the run's gaps and
    /// coverage no longer reflect their decisions, though no document changed.
    /// </summary>
    Task<bool> DecisionsPendingAsync(AnalysisRun live, CancellationToken cancellationToken);

    /// <summary>Runs the analysis of the current landscape, classifying only store changes up to <paramref name="matcherThrough"/>, the index's position.</summary>
    Task<AnalysisRun> RunAsync(bool full, long? matcherThrough, CancellationToken cancellationToken);
}
