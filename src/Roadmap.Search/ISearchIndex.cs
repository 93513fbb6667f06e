using Roadmap.Core.Documents;

namespace Roadmap.Search;

/// <summary>
/// Full-text search over documents. A derived view of the store: it can always be rebuilt, so it holds no fact the store lacks.
/// Searches are thread-safe and see every completed write.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Number of documents in the index.</summary>
    int Count { get; }

    /// <summary>
    /// The number of the last store change (<c>DocumentChange.Seq</c>) the committed index holds; null when it was never
    /// synced from a store, which asks for a full rebuild.
    /// </summary>
    long? ChangesThrough { get; }

    SearchResult Search(SearchRequest request);

    /// <summary>
    /// The documents a designation as people type it names (any spelling the index reads alike, an edition id naming
    /// its document), or, when none, the near misses one edit away.
    /// </summary>
    DesignationMatch MatchDesignation(string text, int limit = 10);

    /// <summary>Type-ahead over designations and titles.</summary>
    IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 8);

    /// <summary>Documents whose title and scope resemble those of <paramref name="key"/>, the document itself excluded.</summary>
    SimilarResult Similar(string key, int limit = 10, SearchFilters? filters = null);

    /// <summary>Adds or replaces documents by key, commits, and makes them visible to the next search.</summary>
    Task<int> UpsertAsync(IEnumerable<Document> documents, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="UpsertAsync(IEnumerable{Document}, CancellationToken)"/>, with each document's topic ids by key.</summary>
    Task<int> UpsertAsync(
        IEnumerable<Document> documents,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the index hold exactly the given documents: each is added or replaced, every other one removed, the result
    /// merged to one segment and committed once at the end. Searches see the previous index until then; writes wait.
    /// If it fails or is cancelled part-way, the index goes back to its last commit: nothing of the unfinished rebuild
    /// reaches a later write.
    /// </summary>
    Task<IndexRebuild> RebuildAsync(
        IAsyncEnumerable<IReadOnlyList<Document>> pages,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        CancellationToken cancellationToken = default);

    /// <summary>As <see cref="RebuildAsync(IAsyncEnumerable{IReadOnlyList{Document}}, IReadOnlyDictionary{string, IReadOnlyList{string}}, CancellationToken)"/>, committing <paramref name="changesThrough"/> with the result.</summary>
    Task<IndexRebuild> RebuildAsync(
        IAsyncEnumerable<IReadOnlyList<Document>> pages,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        long? changesThrough,
        CancellationToken cancellationToken = default);

    /// <summary>Commits that the index holds every store change up to <paramref name="seq"/>.</summary>
    Task MarkChangesThroughAsync(long seq, CancellationToken cancellationToken = default);

    Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The topics each document is filed under, for the documents that have any.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Topics();

    /// <summary>Every indexed document's key and field hash, ordered by key.</summary>
    IReadOnlyList<IndexEntry> Entries();
}
