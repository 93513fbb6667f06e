using GraphQL.Types;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

/// <summary>The page info of every connection (documents, gaps, overlaps).</summary>
internal sealed class PageInfoType : ObjectGraphType<PageInfoView>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("The cursor of the last edge; null on an empty page.").Resolve(c => c.Source.EndCursor);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
    }
}

internal sealed record PageInfoView(bool HasNextPage, string? StartCursor, string? EndCursor)
{
    public static PageInfoView Of<T>(Page<T> page) => new(page.HasNextPage, page.Edges.Count == 0 ? null : page.Edges[0].Cursor, page.EndCursor);
}
