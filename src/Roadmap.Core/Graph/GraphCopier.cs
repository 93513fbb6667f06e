using Roadmap.Core.Documents;

namespace Roadmap.Core.Graph;

/// <summary>
/// What a copy between stores wrote: documents added / changed / unchanged in the target, the recorded changes carried
/// with them, plus committees, relations and runs.
/// </summary>
public sealed record CopyReport(UpsertReport Documents, int ChangesCarried, int Committees, int Relations, int Runs);

/// <summary>
/// Copies one graph store into another through the port alone (committees, documents with their outgoing relations and
/// their recorded history, crawl runs), in batches. Idempotent: the target's writes merge and recorded changes it already
/// has are skipped, so a second copy reports everything unchanged and carries no change.
/// </summary>
public static class GraphCopier
{
    /// <param name="context">Who copies, recorded as each document's change when the target cannot take history (a store
    /// without <see cref="IHistoryImport"/>).</param>
    public static async Task<CopyReport> CopyAsync(IGraphStore source, IGraphStore target, int batchSize, ChangeContext context, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var committees = await source.ListCommitteesAsync(cancellationToken);
        if (committees.Count > 0)
        {
            await target.UpsertAsync(new GraphBatch { Committees = committees }, context, cancellationToken);
        }

        var (totals, relations, copied) = (HistoryImportReport.Empty, 0, 0);
        string? after = null;
        do
        {
            var page = await source.ListDocumentsAsync(new DocumentQuery { First = Math.Min(batchSize, DocumentQuery.MaxPageSize), After = after }, cancellationToken);
            var outgoing = new List<DocumentRelation>();
            var history = new List<DocumentChange>();
            foreach (var document in page.Items)
            {
                outgoing.AddRange((await source.GetRelationsAsync(document.Key, null, cancellationToken)).Where(r => r.FromKey == document.Key));
                if (target is IHistoryImport)
                {
                    history.AddRange(await source.GetHistoryAsync(document.Key, cancellationToken));
                }
            }

            var batch = new GraphBatch { Documents = [.. page.Items], Relations = outgoing };
            totals = totals.Plus(target is IHistoryImport importer
                ? await importer.ImportAsync(batch, [.. history.OrderBy(c => c.Seq)], cancellationToken)
                : new HistoryImportReport(await target.UpsertAsync(batch, context, cancellationToken), 0));
            relations += outgoing.Count;
            copied += page.Edges.Count;
            progress?.Report(copied);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        var runs = await source.ListCrawlRunsAsync(10_000, cancellationToken);
        foreach (var run in runs)
        {
            await target.SaveCrawlRunAsync(run, cancellationToken);
        }

        return new CopyReport(totals.Documents, totals.ChangesAppended, committees.Count, relations, runs.Count);
    }
}
