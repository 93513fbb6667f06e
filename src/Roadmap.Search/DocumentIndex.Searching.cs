using System.Globalization;
using Lucene.Net.Search;
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

    private static readonly Sort BrowseOrder = new(new SortField(IndexFields.SortDesignation, SortFieldType.STRING));

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
            // Simple queries are built against the reader: which words the index knows decides where to expand.
            return WithSearcher(searcher => Run(searcher, simpleText is { Length: > 0 } text ? _simple.Build(text, searcher.IndexReader) : main, filters, request.IncludeFacets, offset, limit));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchResult.Failed("The query matches too many terms; use longer prefixes or fewer wildcards.");
        }
    }

    private SearchResult Run(IndexSearcher searcher, Query? main, Dictionary<FacetDimension, Query> filters, bool includeFacets, int offset, int limit)
    {
        // No text means browse: every document the filters allow, in designation order.
        var scoring = main ?? new MatchAllDocsQuery();
        var query = FilterBuilder.Apply(scoring, filters.Values);
        var top = main is null
            ? searcher.Search(query, null, offset + limit, BrowseOrder)
            : searcher.Search(query, offset + limit);
        var terms = main is null ? HighlightTerms.None : HighlightTerms.From(searcher, main);
        var hits = top.ScoreDocs.Skip(offset).Select(hit => ToHit(searcher, hit, terms)).ToList();
        return new SearchResult
        {
            Hits = hits,
            Total = top.TotalHits,
            Facets = includeFacets ? FacetCounter.Count(searcher, scoring, filters) : null,
        };
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc hit, HighlightTerms terms)
    {
        var doc = searcher.Doc(hit.Doc);
        var title = doc.Get(IndexFields.Title) ?? string.Empty;
        var scope = doc.Get(IndexFields.Scope);
        return new SearchHit
        {
            Key = doc.Get(IndexFields.Key),
            Designation = doc.Get(IndexFields.StoredDesignation) ?? string.Empty,
            Title = title,
            Body = doc.Get(IndexFields.StoredBody) ?? string.Empty,
            Stage = Enum.TryParse<LifecycleStage>(doc.Get(IndexFields.StoredStage), out var stage) ? stage : default,
            Year = int.TryParse(doc.Get(IndexFields.StoredYear), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            CommitteeKey = doc.Get(IndexFields.StoredCommittee),
            // Browsing sorts by designation and computes no score.
            Score = float.IsNaN(hit.Score) ? 0f : hit.Score,
            TitleHtml = _highlighter.Highlight(IndexFields.Title, title, terms),
            ScopeSnippetHtml = scope is null ? null : _highlighter.Snippet(IndexFields.Scope, scope, terms),
        };
    }
}
