using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Neo4j.Listing;

namespace Roadmap.Graph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<UpsertReport> UpsertAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken)
    {
        GraphBatchValidator.Validate(batch);
        if (batch.IsEmpty)
        {
            return UpsertReport.Empty;
        }

        var incoming = GraphBatchValidator.MergeByKey(batch.Documents);
        var committees = FoldCommittees(batch.Committees);
        // One transaction per batch; a retry re-runs it whole, re-reading what is stored, so it stays idempotent.
        return await _client.WriteAsync(
            async (tx, ct) =>
            {
                var report = await WriteBatchAsync(tx, incoming, committees, batch.Relations, context, history: null, ct);
                await WriteLiaisonsAsync(tx, batch.Liaisons, ct);
                return report.Documents;
            },
            cancellationToken);
    }

    public Task SaveCrawlRunAsync(CrawlRun run, CancellationToken cancellationToken) =>
        _client.RunAsync(
            new CypherStatement(
                CypherStatements.SaveCrawlRun,
                Parameters(("id", run.Id), ("source", run.Source), ("startedAt", StoredTime.Format(run.StartedAt)), ("json", Neo4jRows.CrawlRunJson(run)))),
            cancellationToken);

    /// <param name="history">Null: record each document's change as of <paramref name="context"/>. Otherwise record none of
    /// the batch's own and append these recorded changes instead, those already here skipped (<see cref="IHistoryImport"/>).</param>
    private async Task<HistoryImportReport> WriteBatchAsync(
        ICypherTransaction tx,
        Dictionary<string, Document> incoming,
        Dictionary<string, Committee> committees,
        IReadOnlyList<DocumentRelation> relations,
        ChangeContext context,
        IReadOnlyList<DocumentChange>? history,
        CancellationToken cancellationToken)
    {
        var sequenceName = Parameters(("name", CypherStatements.ChangeSequence));
        var sequence = (await tx.RunAsync(new CypherStatement(CypherStatements.LockSequence, sequenceName), cancellationToken)).SingleLong("value");
        var existing = await LoadDocumentsAsync(tx, incoming.Keys, cancellationToken);

        var (added, changed, unchanged) = (0, 0, 0);
        var documentRows = new List<object?>();
        var changeRows = new List<object?>();
        var moved = new List<(Document? Before, Document After)>();
        string? lastAt = null;
        foreach (var document in incoming.Values)
        {
            existing.TryGetValue(document.Key, out var before);
            var after = DocumentEditions.Merge(before, document);
            if (DocumentDiff.Between(before, after, context) is not { } change)
            {
                unchanged++;
                continue;
            }

            if (before is null)
            {
                added++;
            }
            else
            {
                changed++;
            }

            documentRows.Add(Neo4jRows.DocumentRow(after));
            moved.Add((before, after));
            if (history is null)
            {
                changeRows.Add(Neo4jRows.ChangeRow(change, ++sequence));
                lastAt = Later(lastAt, change.At);
            }
        }

        var appended = 0;
        if (history is { Count: > 0 })
        {
            var recorded = await LoadHistoriesAsync(tx, history.Select(c => c.DocumentKey).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            foreach (var change in HistoryFingerprint.Missing(recorded, history))
            {
                changeRows.Add(Neo4jRows.ChangeRow(change, ++sequence));
                lastAt = Later(lastAt, change.At);
                appended++;
            }
        }

        await RunChunkedAsync(tx, CypherStatements.MergeDocuments, "rows", documentRows, cancellationToken);
        await RunChunkedAsync(tx, CypherStatements.CreateChanges, "rows", changeRows, cancellationToken);
        await RunChunkedAsync(tx, CypherStatements.MoveCounters, "rows", StatsCounters.Deltas(moved), cancellationToken);
        await WriteCommitteesAsync(tx, committees, cancellationToken);
        foreach (var group in relations.GroupBy(r => r.Type))
        {
            await RunChunkedAsync(tx, CypherStatements.MergeRelations[group.Key], "rows", group.Select(r => (object?)Neo4jRows.RelationRow(r)).ToList(), cancellationToken);
        }

        sequenceName["value"] = sequence;
        sequenceName["lastAt"] = lastAt;
        await tx.RunAsync(new CypherStatement(CypherStatements.AdvanceSequence, sequenceName), cancellationToken);
        return new HistoryImportReport(new UpsertReport(added, changed, unchanged), appended);
    }

    private static string Later(string? lastAt, DateTimeOffset at)
    {
        var text = StoredTime.Format(at);
        return lastAt is null || string.CompareOrdinal(text, lastAt) > 0 ? text : lastAt;
    }

    private async Task WriteCommitteesAsync(ICypherTransaction tx, Dictionary<string, Committee> committees, CancellationToken cancellationToken)
    {
        if (committees.Count == 0)
        {
            return;
        }

        var stored = new Dictionary<string, Committee>(StringComparer.Ordinal);
        foreach (var chunk in committees.Keys.Chunk(_batchSize))
        {
            var result = await tx.RunAsync(new CypherStatement(CypherStatements.LoadCommittees, Parameters(("keys", chunk))), cancellationToken);
            foreach (var record in result.Records)
            {
                var committee = Neo4jRows.ReadCommittee(record.RequiredString("json"));
                stored[committee.Key] = committee;
            }
        }

        var written = new List<Committee>();
        foreach (var committee in committees.Values)
        {
            var before = stored.GetValueOrDefault(committee.Key);
            var merged = before is null ? committee : CommitteeMerge.Merge(before, committee);
            if (merged != before)
            {
                written.Add(merged);
            }
        }

        await RunChunkedAsync(tx, CypherStatements.MergeCommittees, "rows", written.Select(c => (object?)Neo4jRows.CommitteeRow(c)).ToList(), cancellationToken);
        var keys = written.Select(c => (object?)c.Key).ToList();
        await RunChunkedAsync(tx, CypherStatements.LinkCommitteesToParents, "keys", keys, cancellationToken);
        await RunChunkedAsync(tx, CypherStatements.LinkChildrenToCommittees, "keys", keys, cancellationToken);
    }

    /// <summary>
    /// Runs an <c>UNWIND</c> statement over <see cref="Neo4jOptions.BatchSize"/> rows at a time in <paramref name="tx"/>,
    /// keeping each request bounded; the state stores that share this store's client write their lists with it too.
    /// </summary>
    internal async Task RunChunkedAsync(ICypherTransaction tx, string statement, string parameter, IReadOnlyList<object?> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(_batchSize))
        {
            await tx.RunAsync(new CypherStatement(statement, Parameters((parameter, chunk))), cancellationToken);
        }
    }

    // Committees sharing a key within one batch are merged first, as the embedded store does.
    private static Dictionary<string, Committee> FoldCommittees(IEnumerable<Committee> committees)
    {
        var byKey = new Dictionary<string, Committee>(StringComparer.Ordinal);
        foreach (var committee in committees)
        {
            byKey[committee.Key] = byKey.TryGetValue(committee.Key, out var seen) ? CommitteeMerge.Merge(seen, committee) : committee;
        }

        return byKey;
    }
}
