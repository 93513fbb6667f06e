using GraphQL.Types;
using Roadmap.Application.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed record GapFilter
{
    public string? Topic { get; init; }

    public List<GapStatus>? Status { get; init; }

    public double? MinPriority { get; init; }

    public string? Body { get; init; }

    public string? Owner { get; init; }

    public string? Text { get; init; }

    public bool? EditorCreated { get; init; }

    public GapQuery ToQuery(GapOrder? order) => new()
    {
        Topic = Topic,
        Status = Status ?? [],
        MinPriority = MinPriority,
        Body = Body,
        Owner = Owner,
        Text = Text,
        EditorCreated = EditorCreated,
        OrderBy = order?.Field ?? GapOrderField.Priority,
        Direction = order?.Direction ?? SortDirection.Desc,
    };
}

internal sealed record GapOrder(GapOrderField Field, SortDirection Direction);

internal sealed class GapFilterInputType : InputObjectGraphType<GapFilter>
{
    public GapFilterInputType()
    {
        Name = "GapFilter";
        Description = "Filters of the gaps listing; all given filters apply.";
        Field<IdGraphType>("topic").Description("Gaps of this topic or of a topic below it.");
        Field<ListGraphType<NonNullGraphType<GapStatusEnum>>>("status").Description("Any of these statuses.");
        Field(f => f.MinPriority, nullable: true).Description("Priority at least this (0-100).");
        Field(f => f.Body, nullable: true).Description("The suggested owner is a committee of this body, e.g. ITU-T (any case).");
        Field(f => f.Owner, nullable: true).Description("The suggested owner contains this text (any case), e.g. SG17.");
        Field(f => f.Text, nullable: true).Description("The statement, topic id or topic name contains this text (any case).");
        Field(f => f.EditorCreated, nullable: true).Description("Only editors' gaps (true) or only the analysis' (false).");
    }
}

internal sealed class GapOrderInputType : InputObjectGraphType<GapOrder>
{
    public GapOrderInputType()
    {
        Name = "GapOrder";
        Field<NonNullGraphType<GapOrderFieldEnum>>("field").DefaultValue(GapOrderField.Priority);
        Field<SortDirectionEnum>("direction").DefaultValue(SortDirection.Desc);
    }
}

internal sealed record OverlapFilter
{
    public double? MinScore { get; init; }

    public bool IncludeKnown { get; init; }

    public string? Body { get; init; }

    public string? Committee { get; init; }

    public string? Topic { get; init; }

    public string? FirstCommittee { get; init; }

    public string? SecondCommittee { get; init; }
}

internal sealed class OverlapFilterInputType : InputObjectGraphType<OverlapFilter>
{
    public OverlapFilterInputType()
    {
        Name = "OverlapFilter";
        Description = "Filters of the overlaps listing; all given filters apply.";
        Field(f => f.MinScore, nullable: true).Description("Score at least this (0-1).");
        Field<BooleanGraphType>("includeKnown").DefaultValue(false).Description("Include pairs the graph already links (common text, twin, adoption).");
        Field(f => f.Body, nullable: true).Description("Either side is of this body (any case).");
        Field(f => f.Committee, nullable: true).Description("either side");
        Field<IdGraphType>("topic").Description("The pair shares this topic or a topic below it.");
        Field(f => f.FirstCommittee, nullable: true).Description("With secondCommittee: the pair of these two committees, in either order.");
        Field(f => f.SecondCommittee, nullable: true);
    }
}
