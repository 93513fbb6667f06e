using GraphQL.Types;
using Roadmap.Reports.Model;

namespace Roadmap.Api.Reports;

internal sealed class ReportSectionType : ObjectGraphType<ReportSection>
{
    public ReportSectionType()
    {
        Name = "ReportSection";
        Description = "A section: heading level 1–3, its paragraphs, list items, tables and figures, then its subsections.";
        Field(s => s.Id);
        Field(s => s.Title);
        Field(s => s.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("paragraphs").Description("Paragraphs and preformatted text (such as the scoring formula), in order.")
            .Resolve(c => c.Source.Blocks.Select(b => b switch { Paragraph p => p.Text, Preformatted p => p.Text, _ => null }).OfType<string>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items").Description("Bullet list items, in order.")
            .Resolve(c => c.Source.Blocks.OfType<BulletList>().SelectMany(l => l.Items));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportTableType>>>>("tables").Resolve(c => c.Source.Blocks.OfType<ReportTable>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportFigureType>>>>("figures").Resolve(c => c.Source.Blocks.OfType<ReportFigure>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportSectionType>>>>("sections").Resolve(c => c.Source.Sections);
    }
}
