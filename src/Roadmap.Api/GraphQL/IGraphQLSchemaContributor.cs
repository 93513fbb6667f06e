using GraphQL.Types;
using Roadmap.Core.Documents;

namespace Roadmap.Api.GraphQL;

/// <summary>
/// How a feature adds to the schema without editing the core types. The analysis (topics with evidence, the topic tree,
/// coverage matrix, gaps and their mutations, overlaps, liaison suggestions, <c>asOf</c>) registers one of these with
/// <c>services.AddSingleton&lt;IGraphQLSchemaContributor, AnalysisSchemaContributor&gt;()</c>; the SDL file then changes
/// and the schema test says so. Mutation fields must declare their role with <see cref="Validation.RoleRequirements.RequireRole{TSource, TReturn}"/>
/// and record an audit entry with <see cref="Roadmap.Application.Audit.AuditTrail"/>.
/// </summary>
internal interface IGraphQLSchemaContributor
{
    void ExtendQuery(ObjectGraphType query)
    {
    }

    void ExtendMutation(ObjectGraphType mutation)
    {
    }

    void ExtendDocument(ObjectGraphType<Document> document)
    {
    }
}
