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

        var writer = Writer;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var (key, doc) in mapped)
            {
                writer.UpdateDocument(new Term(IndexFields.Key, key), doc);
            }

            CommitAndRefresh(ChangesThrough);
            return mapped.Count;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<IndexRebuild> RebuildAsync(
        IAsyncEnumerable<IReadOnlyList<CoreDocument>> pages,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        CancellationToken cancellationToken = default) =>
        RebuildAsync(pages, topicsByKey, ChangesThrough, cancellationToken);

    public async Task<IndexRebuild> RebuildAsync(
        IAsyncEnumerable<IReadOnlyList<CoreDocument>> pages,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        long? changesThrough,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var writer = Writer;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return Rebuilt(await AddAllAsync(writer, pages, topicsByKey, cancellationToken), writer, changesThrough);
            }
            catch
            {
                // Nothing of a rebuild that did not finish may reach a later commit: back to the last commit, whose
                // content and change mark belong together.
                RollBack();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Records that the index holds every store change up to <paramref name="seq"/>, in a commit of its own.</summary>
    public async Task MarkChangesThroughAsync(long seq, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _ = Writer;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            CommitAndRefresh(seq);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<(HashSet<string> Seen, HashSet<string> Before)> AddAllAsync(
        IndexWriter writer,
        IAsyncEnumerable<IReadOnlyList<CoreDocument>> pages,
        IReadOnlyDictionary<string, IReadOnlyList<string>> topicsByKey,
        CancellationToken cancellationToken)
    {
        // An empty index needs no delete-by-key per document: adding is much cheaper than updating.
        var empty = writer.NumDocs == 0;
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
                    writer.AddDocument(doc);
                }
                else
                {
                    writer.UpdateDocument(new Term(IndexFields.Key, document.Key), doc);
                }
            }
        }

        return (seen, before);
    }

    private IndexRebuild Rebuilt((HashSet<string> Seen, HashSet<string> Before) added, IndexWriter writer, long? changesThrough)
    {
        var (seen, before) = added;
        before.ExceptWith(seen);
        if (before.Count > 0)
        {
            writer.DeleteDocuments([.. before.Select(k => new Term(IndexFields.Key, k))]);
        }

        // One commit at the end, not one per page: each commit flushes a small segment that merging then rewrites.
        writer.ForceMerge(1);
        CommitAndRefresh(changesThrough);
        return new IndexRebuild(seen.Count, before.Count);
    }

    // Lucene's rollback closes the writer: a new one opens on the last commit, and searches move to it.
    private void RollBack()
    {
        Writer.Rollback();
        _writer = CreateWriter(_directory, _analyzers);
        var old = _searchers;
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        old.Dispose();
        Interlocked.Exchange(ref _changesThrough, ReadChangesThrough(_searchers));
    }

    public async Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var terms = keys.Distinct(StringComparer.Ordinal).Select(k => new Term(IndexFields.Key, k)).ToArray();
        var writer = Writer;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (terms.Length > 0)
            {
                writer.DeleteDocuments(terms);
            }

            CommitAndRefresh(ChangesThrough);
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

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("This search index was opened read-only; another process writes it.");

    // Commit makes the change durable, with the store change it brings the index to; the refresh makes it visible to the very next search.
    private void CommitAndRefresh(long? changesThrough)
    {
        Writer.SetCommitData(SchemaData(changesThrough));
        Writer.Commit();
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _changesThrough, changesThrough ?? -1);
    }
}
