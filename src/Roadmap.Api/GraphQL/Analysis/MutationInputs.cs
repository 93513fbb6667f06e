using GraphQL.Types;
using Roadmap.Core.Gaps;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed record CreateGapInput
{
    public required string TopicId { get; init; }

    public required string Statement { get; init; }

    public string? SuggestedOwner { get; init; }

    public double? Priority { get; init; }

    public string? Note { get; init; }
}

internal sealed record UpdateGapInput
{
    public required string Id { get; init; }

    public required int ExpectedVersion { get; init; }

    public string? Statement { get; init; }

    public string? SuggestedOwner { get; init; }

    public double? Priority { get; init; }
}

internal sealed record SetGapStatusInput
{
    public required string Id { get; init; }

    public required GapStatus Status { get; init; }

    public required string Note { get; init; }

    public int? ExpectedVersion { get; init; }
}

internal sealed record AddGapNoteInput
{
    public required string Id { get; init; }

    public required string Text { get; init; }
}

internal sealed class CreateGapInputType : InputObjectGraphType<CreateGapInput>
{
    public CreateGapInputType()
    {
        Name = "CreateGapInput";
        Field<NonNullGraphType<IdGraphType>>("topicId");
        Field(i => i.Statement).Description("What is missing, in a sentence.");
        Field(i => i.SuggestedOwner, nullable: true).Description("Who could take it on; the topic's first mandated committee when omitted.");
        Field(i => i.Priority, nullable: true).Description("0-100; 100 x the topic's weight when omitted.");
        Field(i => i.Note, nullable: true).Description("A first note.");
    }
}

internal sealed class UpdateGapInputType : InputObjectGraphType<UpdateGapInput>
{
    public UpdateGapInputType()
    {
        Name = "UpdateGapInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.ExpectedVersion).Description("The version read; a stale one fails with CONFLICT.");
        Field(i => i.Statement, nullable: true);
        Field(i => i.SuggestedOwner, nullable: true);
        Field(i => i.Priority, nullable: true).Description("0-100.");
    }
}

internal sealed class SetGapStatusInputType : InputObjectGraphType<SetGapStatusInput>
{
    public SetGapStatusInputType()
    {
        Name = "SetGapStatusInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<GapStatusEnum>>("status");
        Field(i => i.Note).Description("Why; recorded in the history and as a note.");
        Field(i => i.ExpectedVersion, nullable: true).Description("The version read; a stale one fails with CONFLICT.");
    }
}

internal sealed class AddGapNoteInputType : InputObjectGraphType<AddGapNoteInput>
{
    public AddGapNoteInputType()
    {
        Name = "AddGapNoteInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.Text);
    }
}
