using Roadmap.Core.Documents;

namespace Roadmap.Core.Graph;

/// <summary>What a copy between stores wrote: documents added / changed / unchanged in the target, plus committees, relations and runs.</summary>
public sealed record CopyReport(UpsertReport Documents, int Committees, int Relations, int Runs);

/// <summary>
/// Copies one graph store into another through the port alone (committees, documents with their outgoing relations,
/// crawl runs), in batches. Idempotent: the target's upserts merge, so a second copy reports everything unchanged.
/// </summary>
public static class GraphCopier
{
    public static async Task<CopyReport> CopyAsync(IGraphStore source, IGraphStore target, int batchSize, ChangeContext context, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var committees = await source.ListCommitteesAsync(cancellationToken);
        if (committees.Count > 0)
        {
            await target.UpsertAsync(new GraphBatch { Committees = committees }, context, cancellationToken);
        }

        var (totals, relations, copied) = (UpsertReport.Empty, 0, 0);
        string? after = null;
        do
        {
            var page = await source.ListDocumentsAsync(new DocumentQuery { First = Math.Min(batchSize, DocumentQuery.MaxPageSize), After = after }, cancellationToken);
            var outgoing = new List<DocumentRelation>();
            foreach (var document in page.Items)
            {
                outgoing.AddRange((await source.GetRelationsAsync(document.Key, null, cancellationToken)).Where(r => r.FromKey == document.Key));
            }

            totals = totals.Plus(await target.UpsertAsync(new GraphBatch { Documents = [.. page.Items], Relations = outgoing }, context, cancellationToken));
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

        return new CopyReport(totals, committees.Count, relations, runs.Count);
    }
}
