using GraphQL.Types;
using Roadmap.Application.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Api.GraphQL.Analysis;

internal sealed class CreateGapInputType : InputObjectGraphType<CreateGapCommand>
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

internal sealed class UpdateGapInputType : InputObjectGraphType<UpdateGapCommand>
{
    public UpdateGapInputType()
    {
        Name = "UpdateGapInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.ExpectedVersion).Description("The version read; a stale one fails with CONFLICT.");
        Field(i => i.Statement, nullable: true);
        Field(i => i.SuggestedOwner, nullable: true);
        Field(i => i.Priority, nullable: true).Description("0-100: an editor's priority, kept across re-analysis until cleared; needs priorityReason.");
        Field(i => i.PriorityReason, nullable: true).Description("Why the priority departs from the formula; shown with the gap and in the roadmap.");
        Field(i => i.ClearPriorityOverride, nullable: true).Description("True: back to the formula's priority.");
    }
}

internal sealed class SetGapStatusInputType : InputObjectGraphType<SetGapStatusCommand>
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

internal sealed class AddGapNoteInputType : InputObjectGraphType<AddGapNoteCommand>
{
    public AddGapNoteInputType()
    {
        Name = "AddGapNoteInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.Text);
    }
}
