namespace Roadmap.Core.Coordination;

/// <summary>
/// Leases in the shared store, so work that must happen once (a scheduled crawl, an analysis run, an index-wide job) is
/// done by one of many service instances. Each operation is one conditional statement, atomic in the store.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease when it is free, expired or already the owner's, and — with an <see cref="LeaseRequest.Occurrence"/>
    /// — only if no holder ever took it for that occurrence or a later one. Returns the lease with a new fencing token, or
    /// null when someone else holds it (or the occurrence was taken).
    /// </summary>
    Task<Lease?> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken);

    /// <summary>Extends a held, unexpired lease to <paramref name="now"/> + <paramref name="duration"/>; null when it was lost.</summary>
    Task<Lease?> RenewLeaseAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives a held lease up at <paramref name="now"/> (its occurrence stays taken); a lease already lost is left alone.</summary>
    Task ReleaseLeaseAsync(Lease lease, DateTimeOffset now, CancellationToken cancellationToken);
}
