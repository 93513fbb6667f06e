using GraphQL;
using GraphQL.Types;
using Roadmap.Analysis.Coverage;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.GraphQL.Types;
using Roadmap.Application.Analysis;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>The coverage matrix of one landscape along one dimension.</summary>
internal sealed record CoverageView(CurrentAnalysis Landscape, CoverageDimension Dimension, IReadOnlyList<TaxonomyNode> Topics, IReadOnlyList<CoverageCell> Cells)
{
    public IReadOnlyList<string> Columns { get; } = [.. Cells.Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

/// <summary>A cell with the landscape it belongs to, so its documents can be listed.</summary>
internal sealed record CoverageCellView(CoverageCell Cell, CurrentAnalysis Landscape);

internal sealed class CoverageType : ObjectGraphType<CoverageView>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Topic x body (or committee) matrix: for each topic and its descendants, how many documents are in force, in development and withdrawn.";
        Field<DateScalar>("asOf").Description("The landscape's date; null for the current landscape.").Resolve(c => c.Source.Landscape.AsOf);
        Field<NonNullGraphType<CoverageDimensionEnum>>("dimension").Resolve(c => c.Source.Dimension);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("topics").Description("The rows: every topic, in taxonomy order (parents before children).").Resolve(c => c.Source.Topics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("columns").Description("The bodies or committees that have at least one cell.").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("cells").Description("Non-empty cells only.")
            .Resolve(c => c.Source.Cells.Select(cell => new CoverageCellView(cell, c.Source.Landscape)).ToList());
    }
}

internal sealed class CoverageCellType : ObjectGraphType<CoverageCellView>
{
    public CoverageCellType()
    {
        Name = "CoverageCell";
        Field<NonNullGraphType<IdGraphType>>("topicId").Resolve(c => c.Source.Cell.TopicId);
        Field<NonNullGraphType<TopicType>>("topic").Resolve(c => AnalysisViews.TopicOrStandIn(c.RequestServices!.GetRequiredService<AnalysisService>().Taxonomy, c.Source.Cell.TopicId));
        Field<NonNullGraphType<StringGraphType>>("value").Description("The body code or committee key; (none) for documents without a committee.").Resolve(c => c.Source.Cell.Value);
        Field<NonNullGraphType<IntGraphType>>("published").Description("Documents in force (published or under review).").Resolve(c => c.Source.Cell.Published);
        Field<NonNullGraphType<IntGraphType>>("inDevelopment").Resolve(c => c.Source.Cell.InDevelopment);
        Field<NonNullGraphType<IntGraphType>>("withdrawn").Description("Superseded, withdrawn or deleted.").Resolve(c => c.Source.Cell.Withdrawn);
        Field<StringGraphType>("newest").Description("The newest publication date among the cell's documents (YYYY, YYYY-MM or YYYY-MM-DD).").Resolve(c => c.Source.Cell.Newest?.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("The documents of the cell (topic and its descendants x body/committee), by key.")
            .PageArgument("first", 20, "How many documents")
            .Resolve(c => Documents(c, c.Source, PageSize.Read(c, "first", 20)));
    }

    private static object Documents(IResolveFieldContext context, CoverageCellView view, int first)
    {
        var taxonomy = context.RequestServices!.GetRequiredService<AnalysisService>().Taxonomy;
        var keys = AnalysisViews.SubtreeKeys(taxonomy, view.Landscape, view.Cell.TopicId).Order(StringComparer.Ordinal).ToList();
        var (cell, asOf) = (view.Cell, view.Landscape.AsOf);
        return context.Loaders().Documents.LoadMany(keys).Select(documents => documents
            .Where(d => InCell(d, cell) && (asOf is null || AsOf.View(d, asOf) is not null))
            .Take(first)
            .ToList());
    }

    private static bool InCell(Document document, CoverageCell cell) => cell.Dimension == CoverageDimension.Body
        ? string.Equals(document.Body, cell.Value, StringComparison.Ordinal)
        : string.Equals(document.CommitteeKey ?? CoverageCalculator.NoCommittee, cell.Value, StringComparison.Ordinal);
}
