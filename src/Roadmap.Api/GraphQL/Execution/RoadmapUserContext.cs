using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.Security;

namespace Roadmap.Api.GraphQL.Execution;

/// <summary>What one GraphQL request carries to its resolvers: the caller and the request's batching loaders.</summary>
internal sealed class RoadmapUserContext(Caller caller, RequestLoaders loaders) : Dictionary<string, object?>(StringComparer.Ordinal)
{
    public Caller Caller { get; } = caller;

    public RequestLoaders Loaders { get; } = loaders;
}
