using Roadmap.Api.GraphQL.Analysis;
using GraphQL.Types;
using Roadmap.Reports.Model;

namespace Roadmap.Api.Reports;

internal sealed class RoadmapDocumentType : ObjectGraphType<RoadmapDocument>
{
    public RoadmapDocumentType()
    {
        Name = "RoadmapDocument";
        Description = "The roadmap: title, the edition's dates and its sections in reading order.";
        Field(d => d.Title);
        Field(d => d.Subtitle);
        Field<NonNullGraphType<DateScalar>>("asOf").Description("The date whose landscape the edition describes.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<DateScalar>>("since").Description("The previous edition's date, for what changed.").Resolve(c => c.Source.Since);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportSectionType>>>>("sections").Resolve(c => c.Source.Sections);
    }
}
