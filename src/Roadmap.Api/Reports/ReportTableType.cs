using GraphQL.Types;
using Roadmap.Reports.Model;

namespace Roadmap.Api.Reports;

internal sealed class ReportTableType : ObjectGraphType<ReportTable>
{
    public ReportTableType()
    {
        Name = "ReportTable";
        Field(t => t.Caption);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("columns").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("rows").Resolve(c => c.Source.Rows);
    }
}
