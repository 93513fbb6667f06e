using Roadmap.Api.GraphQL.Analysis;
using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Reports;

namespace Roadmap.Api.Reports;

/// <summary>Adds <c>roadmap(asOf: Date): RoadmapDocument</c>: the roadmap's structured content (sections, paragraphs, tables, figure data).</summary>
internal sealed class ReportSchemaContributor : IGraphQLSchemaContributor
{
    public void ExtendQuery(ObjectGraphType query) =>
        query.Field<RoadmapDocumentType>("roadmap")
            .Description("The security standardization roadmap as structured content: the landscape today, or on asOf. The same content as /roadmap.md, .html and .docx.")
            .Argument<DateScalar>("asOf", "The landscape on this date; today when omitted")
            .ResolveAsync(async c =>
            {
                try
                {
                    return await c.Service<RoadmapReports>().BuildAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);
                }
                catch (RoadmapUnavailableException ex)
                {
                    throw ErrorCodes.Error(ErrorCodes.NotFound, ex.Message);
                }
            });
}
