using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Crawlers.Tests.Runs;

/// <summary>A store whose writes fail from the given upsert on (a full disk, a database gone), reads unharmed.</summary>
internal sealed class BreakingGraphStore(IGraphStore inner, int failFromUpsert) : IGraphStore
{
    private int _upserts;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<UpsertReport> UpsertAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _upserts) >= failFromUpsert
            ? throw new IOException("No space left on device")
            : inner.UpsertAsync(batch, context, cancellationToken);

    public Task<Document?> GetDocumentAsync(string key, CancellationToken cancellationToken) => inner.GetDocumentAsync(key, cancellationToken);

    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.GetDocumentsAsync(keys, cancellationToken);

    public Task<Page<Document>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken) => inner.ListDocumentsAsync(query, cancellationToken);

    public Task<Committee?> GetCommitteeAsync(string key, CancellationToken cancellationToken) => inner.GetCommitteeAsync(key, cancellationToken);

    public Task<IReadOnlyList<Committee>> ListCommitteesAsync(CancellationToken cancellationToken) => inner.ListCommitteesAsync(cancellationToken);

    public Task<IReadOnlyList<CommitteeLiaison>> ListLiaisonsAsync(CancellationToken cancellationToken) => inner.ListLiaisonsAsync(cancellationToken);

    public Task<bool> RemoveLiaisonAsync(string firstCommittee, string secondCommittee, CancellationToken cancellationToken) => inner.RemoveLiaisonAsync(firstCommittee, secondCommittee, cancellationToken);

    public Task<IReadOnlyList<DocumentRelation>> GetRelationsAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) => inner.GetRelationsAsync(key, types, cancellationToken);

    public Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) => inner.GetNeighboursAsync(key, types, cancellationToken);

    public Task<IReadOnlyList<DocumentChange>> GetHistoryAsync(string key, CancellationToken cancellationToken) => inner.GetHistoryAsync(key, cancellationToken);

    public Task<IReadOnlyList<DocumentChange>> GetChangesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken) => inner.GetChangesAsync(since, limit, cancellationToken);

    public Task<IReadOnlyList<DocumentChange>> GetChangesAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken) => inner.GetChangesAfterAsync(afterSeq, limit, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => inner.GetStatsAsync(cancellationToken);

    public Task SaveCrawlRunAsync(CrawlRun run, CancellationToken cancellationToken) => inner.SaveCrawlRunAsync(run, cancellationToken);

    public Task<IReadOnlyList<CrawlRun>> ListCrawlRunsAsync(int limit, CancellationToken cancellationToken) => inner.ListCrawlRunsAsync(limit, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
