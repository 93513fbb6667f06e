using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Roadmap.Search.Analysis;
using Roadmap.Search.Highlighting;
using Roadmap.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Roadmap.Search;

/// <summary>
/// The Lucene implementation of <see cref="ISearchIndex"/>. One writer, near-real-time readers from a
/// <see cref="SearcherManager"/> refreshed after every write, so a long-running service sees changes without a restart.
/// Searches run concurrently; writes are serialised. One process at a time writes an index on disk (<see cref="Locking.IndexLock"/>);
/// others may open it read-only (<see cref="OpenReadOnly"/>) and search what its writer last committed.
/// </summary>
public sealed partial class DocumentIndex : ISearchIndex
{
    private readonly LuceneDirectory _directory;
    private readonly Locking.IndexLock? _lock;
    private IndexWriter? _writer;
    private SearcherManager _searchers;
    private long _changesThrough = -1;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Analyzers _analyzers;
    private readonly SimpleQueryBuilder _simple;
    private readonly AdvancedQueryBuilder _advanced;
    private readonly Highlighter _highlighter;
    private bool _disposed;

    private DocumentIndex(LuceneDirectory directory, IndexWriter? writer, Analyzers analyzers, Locking.IndexLock? @lock)
    {
        _directory = directory;
        _writer = writer;
        _lock = @lock;
        _analyzers = analyzers;
        _searchers = writer is null ? new SearcherManager(directory, searcherFactory: null) : new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        _changesThrough = ReadChangesThrough(_searchers);
        _simple = new SimpleQueryBuilder(analyzers.English, analyzers.Designation);
        _advanced = new AdvancedQueryBuilder(analyzers.PerField);
        _highlighter = new Highlighter(analyzers.English);
    }

    /// <summary>An index in memory, for tests and throw-away use.</summary>
    public static DocumentIndex CreateInMemory() => Open(new RAMDirectory(), "(memory)", null);

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>
    /// The number of the last store change this index holds (committed with the index, so it never runs ahead of the
    /// content); null for an index that was never synced from a store, or whose last rebuild did not finish.
    /// </summary>
    public long? ChangesThrough => Interlocked.Read(ref _changesThrough) is var seq and >= 0 ? seq : null;

    /// <summary>True when this handle cannot write (opened with <see cref="OpenReadOnly"/>).</summary>
    public bool IsReadOnly => _writer is null;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        DisposeAnalyzers(_analyzers);
        _writeGate.Dispose();
        _lock?.Dispose();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static int FindDoc(IndexSearcher searcher, string key)
    {
        var top = searcher.Search(new TermQuery(new Term(Indexing.IndexFields.Key, key)), 1);
        return top.ScoreDocs.Length == 0 ? -1 : top.ScoreDocs[0].Doc;
    }

    /// <summary>The analysers one index shares between writer, parser, highlighter.</summary>
    private sealed record Analyzers(Analyzer English, Analyzer Designation, Analyzer PerField, Analyzer Writer)
    {
        public static Analyzers Create()
        {
            var english = SearchAnalyzers.CreateEnglish();
            var designation = SearchAnalyzers.CreateDesignation();
            return new Analyzers(english, designation, SearchAnalyzers.CreatePerField(english, designation), SearchAnalyzers.CreateWriter(english, designation));
        }
    }
}
