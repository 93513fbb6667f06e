using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;

namespace Roadmap.Core.Graph;

/// <summary>
/// The knowledge graph's port. Every implementation (embedded SQLite, Neo4j) passes the same conformance suite.
/// Writes are idempotent and each batch is one transaction: a batch is stored whole or not at all.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema; fails with <see cref="GraphStoreException"/> on a foreign or corrupt store.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Merges a batch of documents, committees and relations in one transaction, recording each document's change.</summary>
    Task<UpsertReport> UpsertAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken);

    Task<Document?> GetDocumentAsync(string key, CancellationToken cancellationToken);

    /// <summary>Loads many documents at once (for batching loaders); missing keys are left out.</summary>
    Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<Page<Document>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken);

    Task<Committee?> GetCommitteeAsync(string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<Committee>> ListCommitteesAsync(CancellationToken cancellationToken);

    /// <summary>The liaison registry: every registered liaison between committees, ordered by pair.</summary>
    Task<IReadOnlyList<CommitteeLiaison>> ListLiaisonsAsync(CancellationToken cancellationToken);

    /// <summary>Removes the registered liaison between two committees (either order); false when there was none.</summary>
    Task<bool> RemoveLiaisonAsync(string firstCommittee, string secondCommittee, CancellationToken cancellationToken);

    /// <summary>Relations leaving or entering a document, optionally of the given types.</summary>
    Task<IReadOnlyList<DocumentRelation>> GetRelationsAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken);

    /// <summary>
    /// The relations of many documents at once (for batching loaders), by key; a relation between two of the keys is listed
    /// under both. Stores override this with one query; the default asks once per key.
    /// </summary>
    async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentRelation>>> GetRelationsForAsync(
        IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, IReadOnlyList<DocumentRelation>>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            found[key] = await GetRelationsAsync(key, types, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    /// <summary>The documents related to <paramref name="key"/> that exist in the graph, with the relation that links them.</summary>
    Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken);

    /// <summary>The recorded changes of one document, oldest first.</summary>
    Task<IReadOnlyList<DocumentChange>> GetHistoryAsync(string key, CancellationToken cancellationToken);

    /// <summary>Changes across the graph since a point in time, oldest first (for people asking "what changed since"; consumers follow <see cref="GetChangesAfterAsync"/>).</summary>
    Task<IReadOnlyList<DocumentChange>> GetChangesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Changes numbered after <paramref name="afterSeq"/> (0: from the first), in sequence order, at most <paramref name="limit"/>.
    /// Only whole writes are listed: a change numbered below one already returned is never committed later, and the
    /// documents of listed changes can be read, so a consumer that keeps the last number it handled misses nothing.
    /// </summary>
    Task<IReadOnlyList<DocumentChange>> GetChangesAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The number of the newest recorded change whose write is whole (0 when none): everything numbered up to it can be
    /// read. What a full rebuild records as its position, and what readiness compares the index with. Stores override
    /// this with one cheap read.
    /// </summary>
    async Task<long> GetLastChangeSeqAsync(CancellationToken cancellationToken) =>
        (await GetStatsAsync(cancellationToken).ConfigureAwait(false)).LastChangeSeq;

    Task SaveCrawlRunAsync(CrawlRun run, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrawlRun>> ListCrawlRunsAsync(int limit, CancellationToken cancellationToken);
}
