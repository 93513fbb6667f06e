using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Listing;

/// <summary>What a listing statement depends on: its filters, and for pages the sort, direction and whether a cursor is given.</summary>
internal readonly record struct ListingShape(ListingKind Kind, ListingFilters Filters, DocumentSort Sort, bool Descending)
{
    public static ListingShape Count(ListingFilters filters) => new(ListingKind.Count, filters, DocumentSort.Key, Descending: false);

    /// <summary>A page starts at a filter's index seek when one of these is given, else in a window of the sort index.</summary>
    public bool Seeks => (Filters & (ListingFilters.Keys | ListingFilters.Committee | ListingFilters.Body)) != 0;

    public static IEnumerable<ListingShape> All()
    {
        for (var filters = ListingFilters.None; filters <= ListingFilters.All; filters++)
        {
            yield return Count(filters);
            foreach (var sort in Enum.GetValues<DocumentSort>())
            {
                foreach (var descending in new[] { false, true })
                {
                    yield return new ListingShape(ListingKind.Page, filters, sort, descending);
                    yield return new ListingShape(ListingKind.PageAfter, filters, sort, descending);
                }
            }
        }
    }

    public override string ToString() => $"{Kind}:{Filters}:{Sort}:{(Descending ? "desc" : "asc")}";
}
