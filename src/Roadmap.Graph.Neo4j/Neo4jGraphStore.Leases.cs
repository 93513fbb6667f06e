using Roadmap.Core.Coordination;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore : ILeaseStore
{
    public async Task<Lease?> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expires = request.Now + request.Duration;
        var result = await _client.RunAsync(
            new CypherStatement(
                CypherStatements.AcquireLease,
                Parameters(("name", request.Name), ("owner", request.Owner), ("now", StoredTime.Format(request.Now)), ("expires", StoredTime.Format(expires)), ("occurrence", request.Occurrence))),
            cancellationToken);
        return result.Rows.Count == 1
            ? new Lease { Name = request.Name, Owner = request.Owner, FencingToken = result.SingleLong("token"), ExpiresAt = expires }
            : null;
    }

    public async Task<Lease?> RenewLeaseAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var expires = now + duration;
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.RenewLease, LeaseParameters(lease, now, expires)), cancellationToken);
        return result.Rows.Count == 1 ? lease with { ExpiresAt = expires } : null;
    }

    public async Task ReleaseLeaseAsync(Lease lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await _client.RunAsync(new CypherStatement(CypherStatements.ReleaseLease, LeaseParameters(lease, now, now)), cancellationToken);
    }

    private static Dictionary<string, object?> LeaseParameters(Lease lease, DateTimeOffset now, DateTimeOffset expires) =>
        Parameters(("name", lease.Name), ("owner", lease.Owner), ("token", lease.FencingToken), ("now", StoredTime.Format(now)), ("expires", StoredTime.Format(expires)));
}
