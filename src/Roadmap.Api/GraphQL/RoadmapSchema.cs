using GraphQL.Types;
using Roadmap.Api.GraphQL.Types;

namespace Roadmap.Api.GraphQL;

/// <summary>The Roadmap GraphQL schema; its SDL is kept in <c>schema/roadmap.graphql</c> and checked by a test.</summary>
internal sealed class RoadmapSchema : Schema
{
    public RoadmapSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Roadmap: standards documents, committees, relations, search, crawl history and the audit trail.";
    }
}
