using Roadmap.Core.Security;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// API keys (salted hashes only, the fields <c>SqliteApiKeyStore</c> keeps) in the graph store's Neo4j, so a key made
/// or revoked on one instance is known to every instance at once. Uses the graph store's client; does not own it.
/// </summary>
public sealed class Neo4jApiKeyStore(Neo4jGraphStore graph) : IApiKeyStore
{
    private readonly Neo4jClient _client = graph.Client;

    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _client.RunAsync(new CypherStatement(CypherStatements.AddApiKey, new Dictionary<string, object?>
        {
            ["id"] = key.Id,
            ["name"] = key.Name,
            ["role"] = key.Role.ToString(),
            ["salt"] = key.Salt,
            ["hash"] = key.Hash,
            ["createdAt"] = StoredTime.Format(key.CreatedAt),
            ["revokedAt"] = key.RevokedAt is { } revoked ? StoredTime.Format(revoked) : null,
        }), cancellationToken);
    }

    public async Task<ApiKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.FindApiKey, new Dictionary<string, object?> { ["id"] = id }), cancellationToken);
        return result.Records.Select(Read).FirstOrDefault();
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.ListApiKeys), cancellationToken);
        return [.. result.Records.Select(Read)];
    }

    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(
            new CypherStatement(CypherStatements.RevokeApiKey, new Dictionary<string, object?> { ["id"] = id, ["at"] = StoredTime.Format(at) }),
            cancellationToken);
        return result.Rows.Count == 1;
    }

    private static ApiKey Read(CypherRecord record) => new()
    {
        Id = record.RequiredString("id"),
        Name = record.RequiredString("name"),
        Role = Enum.Parse<ApiRole>(record.RequiredString("role")),
        Salt = record.RequiredString("salt"),
        Hash = record.RequiredString("hash"),
        CreatedAt = StoredTime.Parse(record.RequiredString("createdAt")),
        RevokedAt = record.String("revokedAt") is { } revoked ? StoredTime.Parse(revoked) : null,
    };
}
