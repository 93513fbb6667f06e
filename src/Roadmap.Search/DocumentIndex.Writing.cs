using Lucene.Net.Index;
using Roadmap.Search.Indexing;
using CoreDocument = Roadmap.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    public Task<int> UpsertAsync(IEnumerable<CoreDocument> documents, CancellationToken cancellationToken = default) =>
        UpsertAsync(documents, new Dictionary<string, IReadOnlyList<string>>(), cancellationToken);

    public async Task<int> UpsertAsync(
        IEnumerable<CoreDocument> documents,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Mapping is the cancellable part; once writing starts the batch goes in whole, so a cancel never leaves half a batch to a later commit.
        var mapped = new List<(string Key, LuceneDocument Doc)>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var topics = topicsByKey.GetValueOrDefault(document.Key) ?? [];
            mapped.Add((document.Key, DocumentMapper.Map(document, topics)));
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var (key, doc) in mapped)
            {
                _writer.UpdateDocument(new Term(IndexFields.Key, key), doc);
            }

            CommitAndRefresh();
            return mapped.Count;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var terms = keys.Distinct(StringComparer.Ordinal).Select(k => new Term(IndexFields.Key, k)).ToArray();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (terms.Length > 0)
            {
                _writer.DeleteDocuments(terms);
            }

            CommitAndRefresh();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task OptimizeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _writer.ForceMerge(1);
            CommitAndRefresh();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // Commit makes the change durable; the refresh makes it visible to the very next search.
    private void CommitAndRefresh()
    {
        _writer.SetCommitData(SchemaData());
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }
}
