using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Listing;

/// <summary>
/// What a listing statement depends on: its filters, and for pages the sort, direction, whether a cursor is given, and
/// whether it reads a window of the sort index (<see cref="Windowed"/>) or starts at a filter's index seek.
/// </summary>
internal readonly record struct ListingShape(ListingKind Kind, ListingFilters Filters, DocumentSort Sort, bool Descending, bool Windowed)
{
    private const ListingFilters SeekOnly = ListingFilters.Keys | ListingFilters.Committee;
    private static readonly bool[] Both = [false, true];

    public static ListingShape Count(ListingFilters filters) => new(ListingKind.Count, filters, DocumentSort.Key, Descending: false, Windowed: false);

    /// <summary>Keys and committees are always sought; a body may be sought or read in a window; the rest are read in a window.</summary>
    public static bool CanWindow(ListingFilters filters) => (filters & SeekOnly) == 0;

    public static bool CanSeek(ListingFilters filters) => (filters & (SeekOnly | ListingFilters.Body)) != 0;

    public static IEnumerable<ListingShape> All()
    {
        for (var filters = ListingFilters.None; filters <= ListingFilters.All; filters++)
        {
            yield return Count(filters);
            foreach (var windowed in Both.Where(w => w ? CanWindow(filters) : CanSeek(filters)))
            {
                foreach (var sort in Enum.GetValues<DocumentSort>())
                {
                    foreach (var descending in Both)
                    {
                        yield return new ListingShape(ListingKind.Page, filters, sort, descending, windowed);
                        yield return new ListingShape(ListingKind.PageAfter, filters, sort, descending, windowed);
                    }
                }
            }
        }
    }

    public override string ToString() => $"{Kind}:{Filters}:{Sort}:{(Descending ? "desc" : "asc")}{(Windowed ? ":window" : string.Empty)}";
}
