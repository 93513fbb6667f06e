using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Roadmap.Core.Committees;
using Roadmap.Search.Indexing;

namespace Roadmap.Search.Querying;

/// <summary>
/// Turns <see cref="SearchFilters"/> into one query per facet dimension, so facet counting can leave out the filter of
/// the dimension it counts (drill-sideways).
/// </summary>
internal static class FilterBuilder
{
    public static Dictionary<FacetDimension, Query> Build(SearchFilters? filters)
    {
        var result = new Dictionary<FacetDimension, Query>();
        if (filters is null)
        {
            return result;
        }

        if (!string.IsNullOrWhiteSpace(filters.Body))
        {
            result[FacetDimension.Body] = Term(IndexFields.Body, filters.Body.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(filters.Committee))
        {
            result[FacetDimension.Committee] = Term(IndexFields.Committee, CommitteeKeys.Normalize(filters.Committee).ToLowerInvariant());
        }

        if (filters.Stage is { } stage)
        {
            result[FacetDimension.Stage] = Term(IndexFields.Stage, DocumentMapper.StageValue(stage));
        }

        if (!string.IsNullOrWhiteSpace(filters.Topic))
        {
            var topics = new BooleanQuery();
            foreach (var topic in filters.Subtopics.Prepend(filters.Topic).Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                topics.Add(Term(IndexFields.Topic, topic), Occur.SHOULD);
            }

            result[FacetDimension.Topic] = topics;
        }

        if (filters.YearFrom is not null || filters.YearTo is not null)
        {
            // Years are indexed as four digits, so text order is numeric order.
            result[FacetDimension.Year] = TermRangeQuery.NewStringRange(
                IndexFields.Year, Year(filters.YearFrom), Year(filters.YearTo), includeLower: true, includeUpper: true);
        }

        return result;
    }

    /// <summary>The main query restricted by the filters; the filters do not change scores.</summary>
    public static Query Apply(Query main, IEnumerable<Query> filters)
    {
        var all = new BooleanQuery();
        foreach (var filter in filters)
        {
            all.Add(filter, Occur.MUST);
        }

        return all.Clauses.Count == 0 ? main : new FilteredQuery(main, new QueryWrapperFilter(all));
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    private static string? Year(int? year) =>
        year is { } y ? Math.Clamp(y, 0, 9999).ToString("D4", CultureInfo.InvariantCulture) : null;
}
