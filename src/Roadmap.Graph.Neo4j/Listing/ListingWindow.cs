using Roadmap.Graph.Neo4j.Cypher;

namespace Roadmap.Graph.Neo4j.Listing;

/// <summary>
/// Picks the range of the sort property a page reads: from the cursor to a fence far enough on that the window holds a
/// page (fences are every <see cref="FenceSpacing"/>-th sort value, so <c>k</c> fences on hold at least
/// <c>(k - 1) × FenceSpacing</c> documents when they were sampled). Filters the window does not serve (stages, words,
/// dates) may leave it short; the caller then asks again with a wider one (<see cref="Widen"/>) until it is open.
/// </summary>
internal sealed record ListingWindow(string From, string To, bool Open)
{
    public const int FenceSpacing = 256;

    /// <param name="fences">The sampled sort values, ascending by ordinal order (Neo4j compares strings by UTF-16 units too).</param>
    /// <param name="cursor">The sort value of the cursor, or null for the first page.</param>
    /// <param name="rows">The rows the page needs (page size + 1 to know whether there is a next page).</param>
    /// <param name="growth">How many times the window was widened already.</param>
    public static ListingWindow For(IReadOnlyList<string> fences, string? cursor, bool descending, int rows, int growth)
    {
        // One fence more than the page needs, since the cursor sits anywhere between two fences.
        var span = ((rows + FenceSpacing - 1) / FenceSpacing) + 1;
        span = (int)Math.Min(int.MaxValue / 2, (long)span << Math.Min(2 * growth, 30));
        if (!descending)
        {
            var from = cursor ?? string.Empty;
            var first = UpperBound(fences, from);
            var last = (long)first + span - 1;
            return last >= fences.Count
                ? new ListingWindow(from, CypherStatements.SortCeiling, Open: true)
                : new ListingWindow(from, fences[(int)last], Open: false);
        }

        var to = cursor ?? CypherStatements.SortCeiling;
        var below = LowerBound(fences, to) - 1;
        var lowest = (long)below - span + 1;
        return lowest < 0
            ? new ListingWindow(string.Empty, to, Open: true)
            : new ListingWindow(fences[(int)lowest], to, Open: false);
    }

    /// <summary>Whether a window that returned <paramref name="returned"/> of <paramref name="rows"/> rows must be widened.</summary>
    public bool Widen(int returned, int rows) => !Open && returned < rows;

    // The index of the first fence above the value.
    private static int UpperBound(IReadOnlyList<string> fences, string value)
    {
        var (lo, hi) = (0, fences.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(fences[mid], value) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The index of the first fence at or above the value.
    private static int LowerBound(IReadOnlyList<string> fences, string value)
    {
        var (lo, hi) = (0, fences.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(fences[mid], value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
