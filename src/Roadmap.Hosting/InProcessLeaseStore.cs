using Roadmap.Core.Coordination;

namespace Roadmap.Hosting;

/// <summary>
/// Leases for a graph store that keeps none (a wrapper or test double around the real store): the same rules, held in
/// this process only, which is all such a store's single instance needs.
/// </summary>
internal sealed class InProcessLeaseStore : ILeaseStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Owner, DateTimeOffset ExpiresAt, long Token, string? Occurrence)> _leases = new(StringComparer.Ordinal);

    public Task<Lease?> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            var held = _leases.TryGetValue(request.Name, out var current);
            if (held && current.ExpiresAt > request.Now && current.Owner != request.Owner)
            {
                return Task.FromResult<Lease?>(null);
            }

            if (held && request.Occurrence is not null && current.Occurrence is not null && string.CompareOrdinal(current.Occurrence, request.Occurrence) >= 0)
            {
                return Task.FromResult<Lease?>(null);
            }

            var token = (held ? current.Token : 0) + 1;
            var expires = request.Now + request.Duration;
            _leases[request.Name] = (request.Owner, expires, token, request.Occurrence ?? (held ? current.Occurrence : null));
            return Task.FromResult<Lease?>(new Lease { Name = request.Name, Owner = request.Owner, FencingToken = token, ExpiresAt = expires });
        }
    }

    public Task<Lease?> RenewLeaseAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_lock)
        {
            if (!_leases.TryGetValue(lease.Name, out var current) || current.Owner != lease.Owner || current.Token != lease.FencingToken || current.ExpiresAt <= now)
            {
                return Task.FromResult<Lease?>(null);
            }

            _leases[lease.Name] = current with { ExpiresAt = now + duration };
            return Task.FromResult<Lease?>(lease with { ExpiresAt = now + duration });
        }
    }

    public Task ReleaseLeaseAsync(Lease lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (_lock)
        {
            if (_leases.TryGetValue(lease.Name, out var current) && current.Owner == lease.Owner && current.Token == lease.FencingToken)
            {
                _leases[lease.Name] = current with { ExpiresAt = now };
            }
        }

        return Task.CompletedTask;
    }
}
