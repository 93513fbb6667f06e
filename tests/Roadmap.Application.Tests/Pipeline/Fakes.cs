using Roadmap.Application.Pipeline;
using Roadmap.Core.Analysis;
using Roadmap.Search.Maintenance;

namespace Roadmap.Application.Tests.Pipeline;

/// <summary>An index that "holds" store changes up to a number it is told, and logs its syncs.</summary>
internal sealed class FakeIndex(List<string> log) : IIndexFollower
{
    public long? ChangesThrough { get; set; }

    /// <summary>What the next sync brings the index to, and whether the store changed it.</summary>
    public (long Through, int StoreChanged, int Refiled) Next { get; set; }

    public Task<IndexSyncReport> SyncAsync(CancellationToken cancellationToken)
    {
        log.Add("index");
        ChangesThrough = Next.Through;
        var report = new IndexSyncReport("incremental", Next.StoreChanged + Next.Refiled, 0, TimeSpan.Zero, Next.StoreChanged, Next.Through);
        Next = (Next.Through, 0, 0);
        return Task.FromResult(report);
    }
}

/// <summary>Records analysis runs and the index position each was given.</summary>
internal sealed class FakeAnalysis(List<string> log) : IAnalysisRunner
{
    public AnalysisRun? Live { get; set; }

    public List<(bool Full, long? Through)> Runs { get; } = [];

    /// <summary>Whether editors decided something since the live run (the next run clears it).</summary>
    public bool DecisionsPending { get; set; }

    public Task<AnalysisRun?> LiveRunAsync(CancellationToken cancellationToken) => Task.FromResult(Live);

    public Task<bool> DecisionsPendingAsync(AnalysisRun live, CancellationToken cancellationToken) => Task.FromResult(DecisionsPending);

    public Task<AnalysisRun> RunAsync(bool full, long? matcherThrough, CancellationToken cancellationToken)
    {
        log.Add(full ? "analysis:full" : "analysis:incremental");
        Runs.Add((full, matcherThrough));
        DecisionsPending = false;
        Live = Run(matcherThrough);
        return Task.FromResult(Live);
    }

    public static AnalysisRun Run(long? through) => new()
    {
        Id = "run-" + through,
        StartedAt = DateTimeOffset.UnixEpoch,
        Mode = AnalysisMode.Incremental,
        TaxonomyHash = "h",
        ChangesThroughSeq = through,
    };
}
