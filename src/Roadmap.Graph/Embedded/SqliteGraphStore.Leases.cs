using Roadmap.Core.Coordination;

namespace Roadmap.Graph.Embedded;

public sealed partial class SqliteGraphStore : ILeaseStore
{
    // One statement: a new lease is inserted; an existing one is taken over only when free, expired or the caller's, and
    // not for an occurrence already granted. RETURNING yields no row when the condition fails.
    private const string AcquireSql = """
        INSERT INTO leases (name, owner, expires_at, token, occurrence) VALUES ($name, $owner, $expires, 1, $occurrence)
        ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at, token = leases.token + 1,
            occurrence = coalesce(excluded.occurrence, leases.occurrence)
        WHERE (leases.expires_at <= $now OR leases.owner = $owner)
          AND ($occurrence IS NULL OR leases.occurrence IS NULL OR leases.occurrence < $occurrence)
        RETURNING token;
        """;

    private const string RenewSql = """
        UPDATE leases SET expires_at = $expires WHERE name = $name AND owner = $owner AND token = $token AND expires_at > $now;
        """;

    private const string ReleaseSql = """
        UPDATE leases SET expires_at = $now WHERE name = $name AND owner = $owner AND token = $token;
        """;

    public async Task<Lease?> TryAcquireLeaseAsync(LeaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expires = request.Now + request.Duration;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AcquireSql;
        command.Parameters.AddWithValue("$name", request.Name);
        command.Parameters.AddWithValue("$owner", request.Owner);
        command.Parameters.AddWithValue("$expires", StoredTime.Format(expires));
        command.Parameters.AddWithValue("$now", StoredTime.Format(request.Now));
        command.Parameters.AddWithValue("$occurrence", (object?)request.Occurrence ?? DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is long token
            ? new Lease { Name = request.Name, Owner = request.Owner, FencingToken = token, ExpiresAt = expires }
            : null;
    }

    public async Task<Lease?> RenewLeaseAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var expires = now + duration;
        return await UpdateLeaseAsync(RenewSql, lease, now, cancellationToken, expires) == 1 ? lease with { ExpiresAt = expires } : null;
    }

    public async Task ReleaseLeaseAsync(Lease lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await UpdateLeaseAsync(ReleaseSql, lease, now, cancellationToken);
    }

    private async Task<int> UpdateLeaseAsync(string sql, Lease lease, DateTimeOffset now, CancellationToken cancellationToken, DateTimeOffset? expires = null)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$name", lease.Name);
        command.Parameters.AddWithValue("$owner", lease.Owner);
        command.Parameters.AddWithValue("$token", lease.FencingToken);
        command.Parameters.AddWithValue("$now", StoredTime.Format(now));
        command.Parameters.AddWithValue("$expires", expires is { } e ? StoredTime.Format(e) : DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
