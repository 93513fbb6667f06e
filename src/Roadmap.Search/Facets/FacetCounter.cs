using Lucene.Net.Search;
using Roadmap.Search.Indexing;
using Roadmap.Search.Querying;

namespace Roadmap.Search.Facets;

/// <summary>
/// Drill-sideways facet counts: a dimension's counts apply every filter except that dimension's own, so a user who
/// filtered on ISO still sees how many hits the other bodies have. Dimensions without a filter share one pass over the
/// fully filtered hits; each filtered dimension costs one more pass.
/// </summary>
internal static class FacetCounter
{
    // Enough for a facet list; body and stage have far fewer values, committees and topics can have many.
    private const int MaxValuesPerDimension = 50;

    public static Dictionary<FacetDimension, IReadOnlyList<FacetValue>> Count(
        IndexSearcher searcher, Query main, IReadOnlyDictionary<FacetDimension, Query> filters)
    {
        var result = new Dictionary<FacetDimension, IReadOnlyList<FacetValue>>();
        var unfiltered = Enum.GetValues<FacetDimension>().Where(d => !filters.ContainsKey(d)).ToList();
        if (unfiltered.Count > 0)
        {
            Run(searcher, FilterBuilder.Apply(main, filters.Values), unfiltered, result);
        }

        foreach (var dimension in filters.Keys)
        {
            var others = filters.Where(f => f.Key != dimension).Select(f => f.Value);
            Run(searcher, FilterBuilder.Apply(main, others), [dimension], result);
        }

        return result;
    }

    private static void Run(IndexSearcher searcher, Query query, List<FacetDimension> dimensions, Dictionary<FacetDimension, IReadOnlyList<FacetValue>> result)
    {
        var collector = new FacetCollector(dimensions.Select(IndexFields.FacetField).ToList());
        searcher.Search(query, collector);
        var counts = collector.Counts();
        foreach (var dimension in dimensions)
        {
            result[dimension] = counts[IndexFields.FacetField(dimension)]
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(MaxValuesPerDimension)
                .Select(c => new FacetValue(c.Key, c.Value))
                .ToList();
        }
    }
}
