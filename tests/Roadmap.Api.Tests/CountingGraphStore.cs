using System.Collections.Concurrent;
using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.Tests;

/// <summary>Counts every call into the graph store, to prove nested fields are loaded in batches.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => _calls;

    public int Total => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<UpsertReport> UpsertAsync(GraphBatch batch, ChangeContext context, CancellationToken cancellationToken) => Count(inner.UpsertAsync(batch, context, cancellationToken));

    public Task<Document?> GetDocumentAsync(string key, CancellationToken cancellationToken) => Count(inner.GetDocumentAsync(key, cancellationToken));

    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Count(inner.GetDocumentsAsync(keys, cancellationToken));

    public Task<Page<Document>> ListDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken) => Count(inner.ListDocumentsAsync(query, cancellationToken));

    public Task<Committee?> GetCommitteeAsync(string key, CancellationToken cancellationToken) => Count(inner.GetCommitteeAsync(key, cancellationToken));

    public Task<IReadOnlyList<Committee>> ListCommitteesAsync(CancellationToken cancellationToken) => Count(inner.ListCommitteesAsync(cancellationToken));

    public Task<IReadOnlyList<CommitteeLiaison>> ListLiaisonsAsync(CancellationToken cancellationToken) => Count(inner.ListLiaisonsAsync(cancellationToken));

    public Task<bool> RemoveLiaisonAsync(string firstCommittee, string secondCommittee, CancellationToken cancellationToken) => Count(inner.RemoveLiaisonAsync(firstCommittee, secondCommittee, cancellationToken));

    public Task<IReadOnlyList<DocumentRelation>> GetRelationsAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) => Count(inner.GetRelationsAsync(key, types, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentRelation>>> GetRelationsForAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) =>
        Count(inner.GetRelationsForAsync(keys, types, cancellationToken));

    public Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(string key, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) => Count(inner.GetNeighboursAsync(key, types, cancellationToken));

    public Task<IReadOnlyList<DocumentChange>> GetHistoryAsync(string key, CancellationToken cancellationToken) => Count(inner.GetHistoryAsync(key, cancellationToken));

    public Task<IReadOnlyList<DocumentChange>> GetChangesAsync(DateTimeOffset? since, int limit, CancellationToken cancellationToken) => Count(inner.GetChangesAsync(since, limit, cancellationToken));

    public Task<IReadOnlyList<DocumentChange>> GetChangesAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken) => Count(inner.GetChangesAfterAsync(afterSeq, limit, cancellationToken));

    public Task<long> GetLastChangeSeqAsync(CancellationToken cancellationToken) => Count(inner.GetLastChangeSeqAsync(cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => Count(inner.GetStatsAsync(cancellationToken));

    public Task SaveCrawlRunAsync(CrawlRun run, CancellationToken cancellationToken) => Count(inner.SaveCrawlRunAsync(run, cancellationToken));

    public Task<IReadOnlyList<CrawlRun>> ListCrawlRunsAsync(int limit, CancellationToken cancellationToken) => Count(inner.ListCrawlRunsAsync(limit, cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private T Count<T>(T result, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }
}
