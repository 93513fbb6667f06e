using Lucene.Net.Index;
using Lucene.Net.Search;
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

    public async Task<IndexRebuild> RebuildAsync(
        IAsyncEnumerable<IReadOnlyList<CoreDocument>> pages,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // An empty index needs no delete-by-key per document: adding is much cheaper than updating.
            var empty = _writer.NumDocs == 0;
            var before = empty ? [] : LiveKeys();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var page in pages.WithCancellation(cancellationToken))
            {
                foreach (var document in page)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!seen.Add(document.Key))
                    {
                        continue;
                    }

                    var doc = DocumentMapper.Map(document, topicsByKey.GetValueOrDefault(document.Key) ?? []);
                    if (empty)
                    {
                        _writer.AddDocument(doc);
                    }
                    else
                    {
                        _writer.UpdateDocument(new Term(IndexFields.Key, document.Key), doc);
                    }
                }
            }

            before.ExceptWith(seen);
            if (before.Count > 0)
            {
                _writer.DeleteDocuments([.. before.Select(k => new Term(IndexFields.Key, k))]);
            }

            // One commit at the end, not one per page: each commit flushes a small segment that merging then rewrites.
            _writer.ForceMerge(1);
            CommitAndRefresh();
            return new IndexRebuild(seen.Count, before.Count);
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

    // From the key field's terms, not the stored fields: no document is decompressed.
    private HashSet<string> LiveKeys() => WithSearcher(searcher =>
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(IndexFields.Key)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    keys.Add(terms.Term.Utf8ToString());
                }
            }
        }

        return keys;
    });

    // Commit makes the change durable; the refresh makes it visible to the very next search.
    private void CommitAndRefresh()
    {
        _writer.SetCommitData(SchemaData());
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }
}
