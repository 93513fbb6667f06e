namespace Roadmap.Graph.Neo4j.Listing;

internal enum ListingKind
{
    /// <summary>The number of matches (sort and direction do not matter).</summary>
    Count,

    /// <summary>The first page.</summary>
    Page,

    /// <summary>A page after a cursor.</summary>
    PageAfter,
}
