using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Roadmap.Core.Analysis;
using Roadmap.Search.Analysis;
using Roadmap.Search.Indexing;

namespace Roadmap.Search;

/// <summary>
/// The analysis's view of the index (<see cref="ITextMatcher"/>): rule queries over title and scope with the terms each
/// document matched. Wildcards expand to the terms they reach, so evidence names real words, not patterns.
/// </summary>
public sealed partial class DocumentIndex : ITextMatcher
{
    private static readonly HashSet<string> KeyOnly = [IndexFields.Key];
    private readonly Dictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public string? Validate(string query)
    {
        try
        {
            _ = ParseRule(query);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    public IReadOnlyList<TextMatch> Match(string query, string? within = null)
    {
        var parsed = ParseRule(query);
        var filter = within is null ? null : Filter(within);
        return WithSearcher(searcher =>
        {
            var collector = new AllDocs();
            searcher.Search(parsed, filter, collector);
            if (collector.Docs.Count == 0)
            {
                return (IReadOnlyList<TextMatch>)[];
            }

            var terms = new HashSet<Term>();
            searcher.Rewrite(parsed).ExtractTerms(terms);
            var matched = new HashSet<int>(collector.Docs);
            var termsByDoc = new Dictionary<int, List<string>>();
            foreach (var term in terms.Where(t => t.Field is IndexFields.Title or IndexFields.Subject or IndexFields.SubjectExact or IndexFields.Scope or IndexFields.Committee))
            {
                foreach (var doc in Postings(searcher.IndexReader, term))
                {
                    if (matched.Contains(doc))
                    {
                        (termsByDoc.TryGetValue(doc, out var list) ? list : termsByDoc[doc] = []).Add($"{term.Field}:{term.Text}");
                    }
                }
            }

            return collector.Docs
                .Select(doc => new TextMatch(searcher.Doc(doc, KeyOnly).Get(IndexFields.Key), termsByDoc.TryGetValue(doc, out var list) ? [.. list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : []))
                .ToList();
        });
    }

    public IEnumerable<string> Keys() => WithSearcher(searcher =>
    {
        var keys = new List<string>(searcher.IndexReader.NumDocs);
        foreach (var doc in Postings(searcher.IndexReader, null))
        {
            keys.Add(searcher.Doc(doc, KeyOnly).Get(IndexFields.Key));
        }

        return keys;
    });

    public IReadOnlyList<string> Terms(string text) =>
        [.. TokenReader.Read(_analyzers.English, IndexFields.Title, text).Select(t => t.Term)];

    // A filter is reused by every rule of a run; caching it keeps the context query to one evaluation per index reader.
    private Filter Filter(string query)
    {
        lock (_filters)
        {
            if (!_filters.TryGetValue(query, out var filter))
            {
                filter = new CachingWrapperFilter(new QueryWrapperFilter(ParseRule(query)));
                _filters[query] = filter;
            }

            return filter;
        }
    }

    // Rules search title and scope by default and may name committee: (keyword, lower-cased, with ancestors indexed).
    private Query ParseRule(string query)
    {
        var parser = new MultiFieldQueryParser(SearchAnalyzers.Version, [IndexFields.Title, IndexFields.Scope], _analyzers.PerField)
        {
            AllowLeadingWildcard = false,
            // A scoring rewrite turns wildcards into their real terms, which the evidence then names.
            MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
        };
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException ex)
        {
            throw new ArgumentException("query syntax error: " + ex.Message.Split('\n')[0].Trim(), nameof(query), ex);
        }
    }

    // Live documents of a term (or every live document when term is null), as top-level doc ids.
    private static IEnumerable<int> Postings(IndexReader reader, Term? term)
    {
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            if (term is null)
            {
                for (var doc = 0; doc < atomic.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        yield return leaf.DocBase + doc;
                    }
                }

                continue;
            }

            var docs = atomic.GetTermDocsEnum(term);
            if (docs is null)
            {
                continue;
            }

            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live is null || live.Get(doc))
                {
                    yield return leaf.DocBase + doc;
                }
            }
        }
    }

    /// <summary>Collects every matching document id, in index order, without scoring.</summary>
    private sealed class AllDocs : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => Docs.Add(_docBase + doc);
    }
}
