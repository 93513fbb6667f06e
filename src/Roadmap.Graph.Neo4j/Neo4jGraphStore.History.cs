using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore : IHistoryImport
{
    public async Task<HistoryImportReport> ImportAsync(GraphBatch batch, IReadOnlyList<DocumentChange> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        GraphBatchValidator.Validate(batch);
        if (batch.IsEmpty && history.Count == 0)
        {
            return HistoryImportReport.Empty;
        }

        var incoming = GraphBatchValidator.MergeByKey(batch.Documents);
        var committees = FoldCommittees(batch.Committees);
        // The context is only asked whether a document differs; no change of the batch's own is recorded.
        var context = new ChangeContext(null, "import", DateTimeOffset.UnixEpoch);
        return await _client.WriteAsync(
            async (tx, ct) =>
            {
                var report = await WriteBatchAsync(tx, incoming, committees, batch.Relations, context, history, ct);
                await WriteLiaisonsAsync(tx, batch.Liaisons, ct);
                return report;
            },
            cancellationToken);
    }

    private async Task<IReadOnlyList<DocumentChange>> LoadHistoriesAsync(ICypherTransaction tx, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var changes = new List<DocumentChange>();
        foreach (var chunk in keys.Chunk(_batchSize))
        {
            var result = await tx.RunAsync(new CypherStatement(CypherStatements.HistoriesOf, Parameters(("keys", chunk))), cancellationToken);
            changes.AddRange(result.Records.Select(Neo4jRows.ReadChange));
        }

        return changes;
    }
}
