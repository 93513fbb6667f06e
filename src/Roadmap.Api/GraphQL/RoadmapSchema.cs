using GraphQL;
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
        // Introspection is bounded by the depth and alias limits; counted at 5 % so the explorer's schema query fits the budget.
        this.WithIntrospectionComplexityImpact(0.05);
        Description = "Roadmap: standards documents, committees, relations, search, crawl history and the audit trail.";
    }
}
