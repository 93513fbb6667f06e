using System.Diagnostics;
using System.Text.Json;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Search.Maintenance;

/// <summary>
/// Keeps the search index in step with the graph store. After a write, <see cref="SyncAsync"/> indexes the documents
/// changed since the last sync (recorded beside the index); when that record is missing or the index was recreated,
/// it rebuilds from the store. The store is the truth: the index can always be rebuilt from it.
/// With a <see cref="ITopicSource"/>, documents carry their topics, and every sync also re-files the documents whose
/// topics changed since they were indexed (an analysis run, an editor's pin or reject).
/// </summary>
public sealed class IndexMaintenance(IGraphStore store, ISearchIndex index, string stateFile, ITopicSource? topicSource = null)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTopics = new Dictionary<string, IReadOnlyList<string>>();

    private const int PageSize = 1000;
    private const int MaxIncrementalChanges = 50_000;

    /// <summary>Brings the index up to date with the store: incrementally when it can, fully otherwise.</summary>
    public async Task<IndexSyncReport> SyncAsync(bool forceFull, CancellationToken cancellationToken)
    {
        var state = forceFull ? null : ReadState();
        if (state is null)
        {
            return await RebuildAsync(cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        // Sync runs after a write completes, so everything stamped up to the last seen time is already indexed.
        var changes = await store.GetChangesAsync(state.LastChangeAt.AddTicks(1), MaxIncrementalChanges, cancellationToken);
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

        var through = changes.Count > 0 ? changes.Max(c => c.At) : state.LastChangeAt;
        WriteState(through);
        return new IndexSyncReport("incremental", indexed, 0, stopwatch.Elapsed, changed.Count, through);
    }

    /// <summary>Indexes every document of the store and removes from the index what the store no longer has.</summary>
    public async Task<IndexSyncReport> RebuildAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        // Taken before reading: whatever is written meanwhile is at or after it, and the next sync picks it up.
        var latest = (await store.GetStatsAsync(cancellationToken)).LastChangeAt;
        var topics = await TopicsAsync(cancellationToken);
        var rebuild = await index.RebuildAsync(AllDocumentsAsync(cancellationToken), topics, cancellationToken);
        var through = latest ?? DateTimeOffset.MinValue;
        WriteState(through);
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

    private SyncState? ReadState()
    {
        try
        {
            return File.Exists(stateFile) ? JsonSerializer.Deserialize<SyncState>(File.ReadAllText(stateFile)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void WriteState(DateTimeOffset lastChangeAt)
    {
        var temp = stateFile + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new SyncState(lastChangeAt)));
        File.Move(temp, stateFile, overwrite: true);
    }

    private sealed record SyncState(DateTimeOffset LastChangeAt);
}
