using Roadmap.Application.Pipeline;
using Roadmap.Core.Coordination;

namespace Roadmap.Application.Tests.Pipeline;

/// <summary>Instances sharing one analysis store: the analysis step runs under the shared lease, or leaves the run to its holder.</summary>
public sealed class AnalysisLeaseTests
{
    private readonly List<string> _log = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CatchUp_LeaseHeldByAnotherInstance_DefersTheRun()
    {
        // Arrange: another instance is running the analysis.
        var leases = new OneLeaseStore();
        var other = await new AnalysisLease(leases, TimeProvider.System).TryTakeAsync(Ct);
        var (projection, analysis) = Build(leases, analysed: 10, indexed: 14);

        // Act
        var outcome = await projection.CatchUpAsync([], Ct);

        // Assert
        other.ShouldNotBeNull();
        analysis.Runs.ShouldBeEmpty();
        outcome.Changed.ShouldBeFalse();
        outcome.Position.ShouldBe(10);
        outcome.Summary.ShouldContain("another instance");
    }

    [Fact]
    public async Task CatchUp_LeaseFree_RunsUnderItAndGivesItBack()
    {
        // Arrange
        var leases = new OneLeaseStore();
        var (projection, analysis) = Build(leases, analysed: 10, indexed: 14);

        // Act
        var outcome = await projection.CatchUpAsync([], Ct);

        // Assert: the run happened while the lease was held, and the lease is free again.
        analysis.Runs.ShouldHaveSingleItem().Through.ShouldBe(14);
        leases.HeldDuringRun.ShouldBe([true]);
        outcome.Position.ShouldBe(14);
        (await new AnalysisLease(leases, TimeProvider.System).TryTakeAsync(Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task CatchUp_HolderRanWhatWasWanted_RunsNothingAgain()
    {
        // Arrange: between this instance's first look and its taking the lease, the holder's run covered change 14.
        var leases = new OneLeaseStore();
        var (projection, analysis) = Build(leases, analysed: 10, indexed: 14);
        leases.OnAcquire = () => analysis.Live = FakeAnalysis.Run(14);

        // Act
        var outcome = await projection.CatchUpAsync([], Ct);

        // Assert
        analysis.Runs.ShouldBeEmpty();
        outcome.Summary.ShouldBe("up to date");
    }

    private (AnalysisProjection Projection, FakeAnalysis Analysis) Build(OneLeaseStore leases, long analysed, long indexed)
    {
        var analysis = new FakeAnalysis(_log) { Live = FakeAnalysis.Run(analysed) };
        leases.Analysis = analysis;
        var index = new SearchIndexProjection(new FakeIndex(_log) { ChangesThrough = indexed });
        return (new AnalysisProjection(analysis, index, startWhenMissing: true, new AnalysisLease(leases, TimeProvider.System)), analysis);
    }

    /// <summary>One lease at a time, as the shared store grants it; notes whether it was held while the analysis ran.</summary>
    private sealed class OneLeaseStore : ILeaseStore
    {
        private Lease? _held;

        public FakeAnalysis? Analysis { get; set; }

        public Action? OnAcquire { get; set; }

        public List<bool> HeldDuringRun { get; } = [];

        public Task<Lease?> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken)
        {
            if (_held is { } held && held.Owner != request.Owner && held.ExpiresAt > request.Now)
            {
                return Task.FromResult<Lease?>(null);
            }

            OnAcquire?.Invoke();
            _held = new Lease { Name = request.Name, Owner = request.Owner, FencingToken = (_held?.FencingToken ?? 0) + 1, ExpiresAt = request.Now + request.Duration };
            return Task.FromResult<Lease?>(_held);
        }

        public Task<Lease?> RenewLeaseAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken) =>
            Task.FromResult<Lease?>(null);

        public Task ReleaseLeaseAsync(Lease lease, DateTimeOffset now, CancellationToken cancellationToken)
        {
            HeldDuringRun.Add(Analysis?.Runs.Count > 0 && _held is not null);
            if (_held?.Owner == lease.Owner)
            {
                _held = null;
            }

            return Task.CompletedTask;
        }
    }
}
