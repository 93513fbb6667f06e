using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Roadmap.Core.Lifecycle;
using Roadmap.Search.Analysis;
using Roadmap.Search.Facets;
using Roadmap.Search.Highlighting;
using Roadmap.Search.Indexing;
using Roadmap.Search.Querying;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    // Deep paging is not a use case of this index; the cap bounds the collector's work.
    private const int MaxOffset = 10_000;

    // Ties go to the document key, never to Lucene's doc id: doc ids depend on the order documents were written and merged,
    // so two replicas holding the same documents (one rebuilt at start, one fed change by change) would page differently.
    private static readonly SortField KeyOrder = new(IndexFields.SortKey, SortFieldType.STRING);

    private static readonly Sort BrowseOrder = new(new SortField(IndexFields.SortDesignation, SortFieldType.STRING), KeyOrder);

    private static readonly Sort RankOrder = new(SortField.FIELD_SCORE, KeyOrder);

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = Math.Clamp(request.Limit, 1, SearchRequest.MaxLimit);
        var offset = Math.Clamp(request.Offset, 0, MaxOffset);

        Query? main = null;
        string? simpleText = null;
        if (request.Mode == SearchMode.Advanced)
        {
            var text = TextSanitizer.Clean(request.Text, AdvancedQueryBuilder.MaxLength);
            (main, var error) = text.Length == 0 ? (null, null) : _advanced.Build(text);
            if (error is not null)
            {
                return SearchResult.Failed(error);
            }
        }
        else
        {
            simpleText = TextSanitizer.Clean(request.Text);
        }

        var filters = FilterBuilder.Build(request.Filters);
        try
        {
            return WithSearcher(searcher => simpleText is { Length: > 0 } text
                ? RunSimple(searcher, text, filters, request.IncludeFacets, offset, limit)
                : Run(searcher, main, filters, request.IncludeFacets, offset, limit));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchResult.Failed("The query matches too many terms; use longer prefixes or fewer wildcards.");
        }
    }

    // Simple queries are built against the reader: which words and designations the index knows decides the clauses.
    // A quoted phrase that no document has falls back to its words, so quotes never turn a findable text into nothing.
    // Either way the result says so (Notice), so a reader knows the hits are not what the text literally asked for.
    private SearchResult RunSimple(IndexSearcher searcher, string text, Dictionary<FacetDimension, Query> filters, bool includeFacets, int offset, int limit)
    {
        string? notice = null;
        if (_simple.BuildPhrase(text, searcher.IndexReader) is { } phrase)
        {
            if (Run(searcher, phrase, filters, includeFacets, offset, limit) is { Total: > 0 } found)
            {
                return found;
            }

            notice = $"No document has the exact phrase {text}; showing documents with its words.";
        }

        var result = Run(searcher, _simple.Build(text, searcher.IndexReader), filters, includeFacets, offset, limit);
        if (notice is null && result.Total > 0 && _simple.EveryWord(text, searcher.IndexReader) is { } everyWord
            && searcher.Search(FilterBuilder.Apply(everyWord, filters.Values), 1).TotalHits == 0)
        {
            notice = "No document has every word; showing documents with some of them.";
        }

        return notice is null ? result : result with { Notice = notice };
    }

    private SearchResult Run(IndexSearcher searcher, Query? main, Dictionary<FacetDimension, Query> filters, bool includeFacets, int offset, int limit)
    {
        // Rewritten once: the search, the facets and the highlighter share the expansion of prefixes and fuzzy words.
        var rewritten = main is null ? null : searcher.Rewrite(main);
        // No text means browse: every document the filters allow, in designation order.
        var scoring = rewritten ?? new MatchAllDocsQuery();
        var query = FilterBuilder.Apply(scoring, filters.Values);
        var top = rewritten is null
            ? searcher.Search(query, null, offset + limit, BrowseOrder)
            : TopByScore(searcher, query, offset + limit);
        var terms = rewritten is null ? HighlightTerms.None : HighlightTerms.From(rewritten, main!);
        var display = MultiDocValues.GetBinaryValues(searcher.IndexReader, IndexFields.Display);
        var scratch = new BytesRef();
        var hits = top.ScoreDocs.Skip(offset).Select(hit => ToHit(HitDisplay.Read(display, hit.Doc, scratch), hit.Score, terms)).ToList();
        return new SearchResult
        {
            Hits = hits,
            Total = top.TotalHits,
            Facets = includeFacets ? FacetCounter.Count(searcher, scoring, filters) : null,
        };
    }

    // Collected in doc order: Lucene.Net's out-of-order BooleanScorer allocates a table of 2 048 buckets for every
    // boolean query in the tree on every search, which cost more than the scoring on this index's short, nested
    // queries (a page of ten took about half the time in order). Ranked by score, then by document key (RankOrder).
    private static TopDocs TopByScore(IndexSearcher searcher, Query query, int count)
    {
        var collector = TopFieldCollector.Create(RankOrder, count, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    private SearchHit ToHit(HitDisplay shown, float score, HighlightTerms terms) => new()
    {
        Key = shown.Key,
        Designation = shown.Designation,
        Title = shown.Title,
        Body = shown.Body,
        Stage = Enum.TryParse<LifecycleStage>(shown.Stage, out var stage) ? stage : default,
        Year = int.TryParse(shown.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
        CommitteeKey = shown.Committee,
        // Browsing sorts by designation and computes no score.
        Score = float.IsNaN(score) ? 0f : score,
        TitleHtml = _highlighter.Highlight(IndexFields.Title, shown.Title, terms),
        ScopeSnippetHtml = shown.Scope is null ? null : _highlighter.Snippet(IndexFields.Scope, shown.Scope, terms),
    };
}
