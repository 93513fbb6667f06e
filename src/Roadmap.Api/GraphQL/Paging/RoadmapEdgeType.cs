using GraphQL.Types;
using GraphQL.Types.Relay;

namespace Roadmap.Api.GraphQL.Paging;

/// <summary>graphql-dotnet's Relay edge (<c>GapEdge</c> for <c>GapType</c>); an edge always has its node.</summary>
internal sealed class RoadmapEdgeType<TNodeType> : EdgeType<TNodeType>
    where TNodeType : IGraphType
{
    public RoadmapEdgeType() => GetField("node")!.Type = typeof(NonNullGraphType<TNodeType>);
}
