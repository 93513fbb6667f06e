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
/// Searches run concurrently; writes are serialised.
/// </summary>
public sealed partial class DocumentIndex : ISearchIndex
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Analyzers _analyzers;
    private readonly SimpleQueryBuilder _simple;
    private readonly AdvancedQueryBuilder _advanced;
    private readonly Highlighter _highlighter;
    private bool _disposed;

    private DocumentIndex(LuceneDirectory directory, IndexWriter writer, Analyzers analyzers)
    {
        _directory = directory;
        _writer = writer;
        _analyzers = analyzers;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        _simple = new SimpleQueryBuilder(analyzers.English, analyzers.Designation);
        _advanced = new AdvancedQueryBuilder(analyzers.PerField);
        _highlighter = new Highlighter(analyzers.English);
    }

    /// <summary>An index in memory, for tests and throw-away use.</summary>
    public static DocumentIndex CreateInMemory() => Open(new RAMDirectory(), "(memory)");

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        DisposeAnalyzers(_analyzers);
        _writeGate.Dispose();
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
