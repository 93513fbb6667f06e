using System.Text.Json;
using Roadmap.Core.Committees;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Neo4j;

/// <summary>The liaison registry on Neo4j (see <see cref="CypherStatements.MergeLiaisons"/> for the model).</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<CommitteeLiaison>> ListLiaisonsAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.ListLiaisons), cancellationToken);
        return [.. result.Records.Select(r => JsonSerializer.Deserialize(r.RequiredString("json"), GraphJsonContext.Default.CommitteeLiaison)!)];
    }

    public async Task<bool> RemoveLiaisonAsync(string firstCommittee, string secondCommittee, CancellationToken cancellationToken)
    {
        var id = CommitteeLiaison.Create(firstCommittee, secondCommittee).Id;
        var result = await _client.RunAsync(new CypherStatement(CypherStatements.RemoveLiaison, Parameters(("id", id))), cancellationToken);
        return result.SingleLong("removed") > 0;
    }

    private async Task WriteLiaisonsAsync(ICypherTransaction tx, IReadOnlyList<CommitteeLiaison> liaisons, CancellationToken cancellationToken)
    {
        if (liaisons.Count == 0)
        {
            return;
        }

        var rows = liaisons.Select(l => l.Ordered()).Select(l => (object?)new Dictionary<string, object?>
        {
            ["id"] = l.Id,
            ["first"] = l.FirstCommittee,
            ["second"] = l.SecondCommittee,
            ["json"] = JsonSerializer.Serialize(l, GraphJsonContext.Default.CommitteeLiaison),
        }).ToList();
        await RunChunkedAsync(tx, CypherStatements.MergeLiaisons, "rows", rows, cancellationToken);
    }
}
