using Roadmap.Core.Coordination;

namespace Roadmap.Application.Pipeline;

/// <summary>
/// The <c>analysis</c> lease in the shared store: instances that share one analysis store (several services on one
/// Neo4j) run a live analysis one at a time, and the others see its result instead of repeating it.
/// </summary>
public sealed class AnalysisLease(ILeaseStore leases, TimeProvider time)
{
    public const string Name = "analysis";

    // A whole-corpus run takes seconds; a holder that dies mid-run frees the lease after this.
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The lease, or null when another instance holds it.</summary>
    public Task<Lease?> TryTakeAsync(CancellationToken cancellationToken) =>
        leases.TryAcquireLeaseAsync(new LeaseRequest { Name = Name, Owner = _owner, Duration = Duration, Now = time.GetUtcNow() }, cancellationToken);

    public Task ReleaseAsync(Lease lease, CancellationToken cancellationToken) => leases.ReleaseLeaseAsync(lease, time.GetUtcNow(), cancellationToken);
}
