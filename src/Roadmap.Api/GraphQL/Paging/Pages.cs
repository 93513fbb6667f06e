using System.Globalization;
using GraphQL.Types.Relay.DataObjects;
using Roadmap.Api.GraphQL.Execution;
using CoreGraph = Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Paging;

/// <summary>Pages as the schema's connections serve them: a store's keyset page, or a page cut from a list kept whole.</summary>
internal static class Pages
{
    /// <summary>A store's keyset page; there is a page before it when it was asked for after a cursor.</summary>
    public static RoadmapConnection<T> From<T>(CoreGraph.Page<T> page, bool afterCursor) =>
        Connection(page.Edges.Select(e => new Edge<T> { Cursor = e.Cursor, Node = e.Node }).ToList(), page.TotalCount, page.HasNextPage, afterCursor);

    /// <summary>
    /// A page of a list the analysis keeps whole (gaps, overlaps). A cursor names the last item seen and its position: the
    /// next page starts after that item wherever it now is, or at the position when it is gone.
    /// </summary>
    public static RoadmapConnection<T> Paginate<T>(IReadOnlyList<T> sorted, Func<T, string> id, int first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            var (position, key) = Decode(after);
            var found = FindIndex(sorted, id, key);
            start = found >= 0 ? found + 1 : Math.Min(position + 1, sorted.Count);
        }

        var edges = sorted.Skip(start).Take(first)
            .Select((item, i) => new Edge<T> { Cursor = CoreGraph.Cursor.Encode((start + i).ToString(CultureInfo.InvariantCulture), id(item)), Node = item })
            .ToList();
        return Connection(edges, sorted.Count, start + edges.Count < sorted.Count, start > 0);
    }

    private static RoadmapConnection<T> Connection<T>(List<Edge<T>> edges, int totalCount, bool hasNext, bool hasPrevious) => new()
    {
        Edges = edges,
        TotalCount = totalCount,
        PageInfo = new PageInfo
        {
            HasNextPage = hasNext,
            HasPreviousPage = hasPrevious,
            StartCursor = edges.Count == 0 ? null : edges[0].Cursor,
            EndCursor = edges.Count == 0 ? null : edges[^1].Cursor,
        },
    };

    private static int FindIndex<T>(IReadOnlyList<T> items, Func<T, string> id, string key)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(id(items[i]), key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static (int Position, string Key) Decode(string cursor)
    {
        try
        {
            var (position, key) = CoreGraph.Cursor.Decode(cursor);
            return (int.Parse(position, NumberStyles.None, CultureInfo.InvariantCulture), key);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            throw ErrorCodes.Error(ErrorCodes.BadUserInput, "after: not a cursor of this connection; pass pageInfo.endCursor of the previous page");
        }
    }
}
