using System.Diagnostics;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Search.Maintenance;

/// <summary>
/// Keeps the search index in step with the graph store. After a write, <see cref="SyncAsync"/> indexes the documents
/// of the store changes numbered after the last one the index holds (<see cref="ISearchIndex.ChangesThrough"/>, committed
/// with the index); an index without that mark (new, deleted, recreated, or from before it) is rebuilt from the store.
/// The store is the truth: the index can always be rebuilt from it.
/// With a <see cref="ITopicSource"/>, documents carry their topics, and every sync also re-files the documents whose
/// topics changed since they were indexed (an analysis run, an editor's pin or reject).
/// </summary>
public sealed class IndexMaintenance(IGraphStore store, ISearchIndex index, ITopicSource? topicSource = null) : IIndexFollower
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTopics = new Dictionary<string, IReadOnlyList<string>>();

    private const int PageSize = 1000;
    private const int MaxIncrementalChanges = 50_000;

    public long? ChangesThrough => index.ChangesThrough;

    Task<IndexSyncReport> IIndexFollower.SyncAsync(CancellationToken cancellationToken) => SyncAsync(forceFull: false, cancellationToken);

    /// <summary>Brings the index up to date with the store: incrementally when it can, fully otherwise.</summary>
    public async Task<IndexSyncReport> SyncAsync(bool forceFull, CancellationToken cancellationToken)
    {
        if ((forceFull ? null : index.ChangesThrough) is not { } cursor)
        {
            return await RebuildAsync(cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        // By number, never by time: every change of one import carries the same time, and a sync that lands between two
        // of its batches must still see the second.
        var changes = await store.GetChangesAfterAsync(cursor, MaxIncrementalChanges, cancellationToken);
        if (changes.Count >= MaxIncrementalChanges)
        {
            return await RebuildAsync(cancellationToken);
        }

        var topics = await TopicsAsync(cancellationToken);
        var changed = changes.Select(c => c.DocumentKey).Distinct(StringComparer.Ordinal).ToList();
        var keys = changed
            .Concat(topicSource is null ? [] : Refiled(topics))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var indexed = 0;
        foreach (var chunk in keys.Chunk(PageSize))
        {
            var documents = await store.GetDocumentsAsync(chunk, cancellationToken);
            indexed += await index.UpsertAsync(documents.Values, topics, cancellationToken);
        }

        var through = changes.Count > 0 ? changes[^1].Seq : cursor;
        if (through != cursor)
        {
            await index.MarkChangesThroughAsync(through, cancellationToken);
        }

        return new IndexSyncReport("incremental", indexed, 0, stopwatch.Elapsed, changed.Count, through);
    }

    /// <summary>Indexes every document of the store and removes from the index what the store no longer has.</summary>
    public async Task<IndexSyncReport> RebuildAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        // Taken before reading: whatever is written meanwhile is numbered after it, and the next sync picks it up.
        var through = await store.GetLastChangeSeqAsync(cancellationToken);
        var topics = await TopicsAsync(cancellationToken);
        var rebuild = await index.RebuildAsync(AllDocumentsAsync(cancellationToken), topics, through, cancellationToken);
        return new IndexSyncReport("full", rebuild.Indexed, rebuild.Removed, stopwatch.Elapsed, rebuild.Indexed, through);
    }

    /// <summary>Compares every key and field hash of the store with the index.</summary>
    public async Task<IndexCheckReport> CheckAsync(CancellationToken cancellationToken)
    {
        var entries = index.Entries().ToDictionary(e => e.Key, e => e.FieldHash, StringComparer.Ordinal);
        var topics = await TopicsAsync(cancellationToken);
        var (missing, stale) = (new List<string>(), new List<string>());
        var storeCount = 0;
        await foreach (var page in AllDocumentsAsync(cancellationToken))
        {
            foreach (var document in page)
            {
                storeCount++;
                if (!entries.Remove(document.Key, out var hash))
                {
                    missing.Add(document.Key);
                }
                else if (hash != IndexFieldHash.Compute(document, topics.GetValueOrDefault(document.Key)))
                {
                    stale.Add(document.Key);
                }
            }
        }

        return new IndexCheckReport(storeCount, index.Count, missing, stale, [.. entries.Keys.Order(StringComparer.Ordinal)]);
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> TopicsAsync(CancellationToken cancellationToken) =>
        topicSource is null ? NoTopics : await topicSource.GetTopicsAsync(cancellationToken);

    /// <summary>Documents whose topics in the index differ from their topics now: gained, lost or changed.</summary>
    private IEnumerable<string> Refiled(IReadOnlyDictionary<string, IReadOnlyList<string>> topics)
    {
        var indexed = index.Topics();
        return topics.Keys.Concat(indexed.Keys)
            .Distinct(StringComparer.Ordinal)
            .Where(key => !SameTopics(topics.GetValueOrDefault(key), indexed.GetValueOrDefault(key)));
    }

    // As the index files them: trimmed, case-insensitively distinct.
    private static bool SameTopics(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        Normalized(a).SetEquals(Normalized(b));

    private static HashSet<string> Normalized(IReadOnlyList<string>? topics) =>
        new((topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);

    // The next page is read while the caller works on this one: reading (SQL and JSON) and indexing each take about half
    // of a rebuild, and on two cores they run side by side.
    private async IAsyncEnumerable<IReadOnlyList<Document>> AllDocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Task<Page<Document>>? next = Task.Run(() => PageAsync(null, cancellationToken), cancellationToken);
        try
        {
            while (next is not null)
            {
                var page = await next;
                next = page.HasNextPage ? Task.Run(() => PageAsync(page.EndCursor, cancellationToken), cancellationToken) : null;
                yield return page.Items.ToList();
            }
        }
        finally
        {
            // A caller that stops early must not leave a read of the store running behind it.
            if (next is not null)
            {
                await Task.WhenAny(next);
                _ = next.Exception;
            }
        }
    }

    private Task<Page<Document>> PageAsync(string? after, CancellationToken cancellationToken) =>
        store.ListDocumentsAsync(new DocumentQuery { First = PageSize, After = after }, cancellationToken);
}
