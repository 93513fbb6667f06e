using System.Collections.Frozen;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Cypher;

internal static partial class CypherStatements
{
    // The committees below $committee by declared parent: the first level by property (the parent itself need not be
    // stored), deeper levels along PARENT edges. Below by reference (ISO/TC 307/WG 2) is the STARTS WITH in the filter.
    private const string CommitteesBelow = """
        OPTIONAL MATCH (child:Committee {parentKey: $committee})
        OPTIONAL MATCH (below:Committee)-[:PARENT*0..]->(child)
        WITH collect(DISTINCT below.key) AS belowKeys
        MATCH (d:Document)
        """;

    // Every filter is a parameter that is null (or empty) when unused, so the statement text stays fixed and lintable.
    private const string Filters = """
        WHERE ($body IS NULL OR toLower(d.body) = $body)
          AND ($committee IS NULL OR d.committee = $committee OR d.committee STARTS WITH $committeePrefix OR d.committee IN belowKeys)
          AND ($stages IS NULL OR d.stage IN $stages)
          AND all(word IN $words WHERE d.searchText CONTAINS word)
          AND ($publishedFrom IS NULL OR d.published >= $publishedFrom)
          AND ($publishedTo IS NULL OR d.published <= $publishedTo)
          AND ($keys IS NULL OR d.key IN $keys)
        """;

    public static readonly string CountListing = OneLine($"""
        {CommitteesBelow}
        {Filters}
        RETURN count(d) AS total
        """);

    /// <summary>A page of the listing per sort and direction: ORDER BY cannot take a property name as a parameter.</summary>
    public static readonly FrozenDictionary<(DocumentSort Sort, bool Descending), string> ListPage =
        Enum.GetValues<DocumentSort>()
            .SelectMany(sort => new[] { (Sort: sort, Descending: false), (Sort: sort, Descending: true) })
            .ToFrozenDictionary(v => v, v => Page(SortProperty(v.Sort), v.Descending));

    /// <summary>The node property a sort orders by; its value is the first half of the cursor, as in the SQLite store.</summary>
    public static string SortProperty(DocumentSort sort) => sort switch
    {
        DocumentSort.Title => "titleSort",
        DocumentSort.Published => "publishedSort",
        _ => "key",
    };

    private static string Page(string property, bool descending)
    {
        var (op, direction) = descending ? ("<", "DESC") : (">", "ASC");
        return OneLine($"""
            {CommitteesBelow}
            {Filters}
              AND ($afterKey IS NULL OR d.{property} {op} $afterSort OR (d.{property} = $afterSort AND d.key {op} $afterKey))
            RETURN d.{property} AS sortValue, d.key AS key, d.json AS json
            ORDER BY sortValue {direction}, key {direction}
            LIMIT $limit
            """);
    }
}
