using GraphQL.Types;
using Roadmap.Reports.Model;

namespace Roadmap.Api.Reports;

internal sealed class ReportFigureType : ObjectGraphType<ReportFigure>
{
    public ReportFigureType()
    {
        Name = "ReportFigure";
        Description = "A figure's data: a count per row label and column label (the coverage heat map, the publication timeline).";
        Field(f => f.Id);
        Field(f => f.Caption);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rows").Resolve(c => c.Source.Data.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("columns").Resolve(c => c.Source.Data.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>>>("values").Resolve(c => c.Source.Data.Values);
    }
}
