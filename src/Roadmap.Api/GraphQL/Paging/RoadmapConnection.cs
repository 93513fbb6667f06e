using GraphQL.Types.Relay.DataObjects;

namespace Roadmap.Api.GraphQL.Paging;

/// <summary>
/// graphql-dotnet's connection data object, with <see cref="Nodes"/>: the name this schema has always given the page's
/// items (the web UI and the explorer read it), beside the library's own <c>items</c>.
/// </summary>
internal sealed class RoadmapConnection<T> : Connection<T>
{
    public List<T?>? Nodes => Items;
}
