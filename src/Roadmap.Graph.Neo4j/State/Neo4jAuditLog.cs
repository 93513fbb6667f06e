using Roadmap.Core.Audit;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// The audit trail in the graph store's Neo4j, one trail for every instance: append-only <c>:AuditEntry</c> nodes whose
/// ids come from a sequence node taken under its write lock, so they grow in commit order. Uses the graph store's
/// client; does not own it.
/// </summary>
public sealed class Neo4jAuditLog(Neo4jGraphStore graph) : IAuditLog
{
    private readonly Neo4jClient _client = graph.Client;

    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.AppendAudit, new Dictionary<string, object?>
        {
            ["sequence"] = CypherStatements.AuditSequence,
            ["at"] = StoredTime.Format(entry.At),
            ["actor"] = entry.Actor,
            ["role"] = entry.Role,
            ["action"] = entry.Action,
            ["target"] = entry.Target,
            ["before"] = entry.Before,
            ["after"] = entry.After,
            ["note"] = entry.Note,
        }), cancellationToken);
        return entry with { Id = result.SingleLong("id") };
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.ListAudit, new Dictionary<string, object?>
        {
            ["actor"] = Filter(query.Actor),
            ["action"] = Filter(query.Action),
            ["target"] = Filter(query.Target),
            ["since"] = query.Since is { } since ? StoredTime.Format(since) : null,
            ["beforeId"] = query.BeforeId,
            ["limit"] = Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit),
        }), cancellationToken);
        return [.. result.Records.Select(r => new AuditEntry
        {
            Id = r.Long("id"),
            At = StoredTime.Parse(r.RequiredString("at")),
            Actor = r.RequiredString("actor"),
            Role = r.RequiredString("role"),
            Action = r.RequiredString("action"),
            Target = r.RequiredString("target"),
            Before = r.String("before"),
            After = r.String("after"),
            Note = r.String("note"),
        })];
    }

    // As the SQLite trail: a blank filter is no filter, and a filter is matched trimmed.
    private static string? Filter(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
