using System.Globalization;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Types;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>
/// Cursor pages over lists the analysis keeps whole (gaps, overlaps). A cursor names the last item seen and its
/// position: the next page starts after that item wherever it now is, or at the position when it is gone.
/// </summary>
internal static class Connections
{
    public static Page<T> Paginate<T>(IReadOnlyList<T> sorted, Func<T, string> id, int first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            var (position, key) = Decode(after);
            var found = FindIndex(sorted, id, key);
            start = found >= 0 ? found + 1 : Math.Min(position + 1, sorted.Count);
        }

        var edges = sorted.Skip(start).Take(first)
            .Select((item, i) => new Edge<T>(item, Cursor.Encode((start + i).ToString(CultureInfo.InvariantCulture), id(item))))
            .ToList();
        return new Page<T>(edges, sorted.Count, start + edges.Count < sorted.Count);
    }

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
            var (position, key) = Cursor.Decode(cursor);
            return (int.Parse(position, NumberStyles.None, CultureInfo.InvariantCulture), key);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            throw ErrorCodes.Error(ErrorCodes.BadUserInput, "after: not a cursor of this connection; pass pageInfo.endCursor of the previous page");
        }
    }
}

internal sealed class GapConnectionType : ObjectGraphType<Page<Gap>>
{
    public GapConnectionType()
    {
        Name = "GapConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapType>>>>("nodes").Resolve(c => c.Source.Items);
        Field(p => p.TotalCount).Description("Gaps matching the filter, over all pages.");
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => PageInfoView.Of(c.Source));
    }
}

internal sealed class GapEdgeType : ObjectGraphType<Edge<Gap>>
{
    public GapEdgeType()
    {
        Name = "GapEdge";
        Field(e => e.Cursor);
        Field<NonNullGraphType<GapType>>("node").Resolve(c => c.Source.Node);
    }
}

internal sealed class OverlapConnectionType : ObjectGraphType<Page<Overlap>>
{
    public OverlapConnectionType()
    {
        Name = "OverlapConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapType>>>>("nodes").Resolve(c => c.Source.Items);
        Field(p => p.TotalCount).Description("Overlaps matching the filter, over all pages.");
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => PageInfoView.Of(c.Source));
    }
}

internal sealed class OverlapEdgeType : ObjectGraphType<Edge<Overlap>>
{
    public OverlapEdgeType()
    {
        Name = "OverlapEdge";
        Field(e => e.Cursor);
        Field<NonNullGraphType<OverlapType>>("node").Resolve(c => c.Source.Node);
    }
}
