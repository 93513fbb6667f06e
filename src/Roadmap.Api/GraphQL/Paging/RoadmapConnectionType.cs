using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Roadmap.Api.GraphQL.Paging;

/// <summary>
/// graphql-dotnet's Relay connection (<c>totalCount</c>, <c>pageInfo</c>, <c>edges</c>, <c>items</c>; named
/// <c>GapConnection</c> for <c>GapType</c>), kept as strict as clients of this schema rely on — every page knows its total
/// and never holds a null edge — and with <c>nodes</c>, which the web UI reads. Resolves from a <see cref="RoadmapConnection{T}"/>.
/// </summary>
internal sealed class RoadmapConnectionType<TNodeType> : ConnectionType<TNodeType, RoadmapEdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    public RoadmapConnectionType()
    {
        // The library's text says the total may be null (infinite scrolling); here every listing knows it.
        var totalCount = GetField("totalCount")!;
        (totalCount.Type, totalCount.Description) = (typeof(NonNullGraphType<IntGraphType>), "Items matching the filters and arguments, over all pages.");
        GetField("edges")!.Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RoadmapEdgeType<TNodeType>>>>);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The edges' nodes, for clients that need no cursors.");
    }
}
