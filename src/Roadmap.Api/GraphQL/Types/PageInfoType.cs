using GraphQL.Types;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class PageInfoType : ObjectGraphType<Page<Document>>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("The cursor of the last edge; null on an empty page.").Resolve(c => c.Source.EndCursor);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Edges.Count == 0 ? null : c.Source.Edges[0].Cursor);
    }
}
