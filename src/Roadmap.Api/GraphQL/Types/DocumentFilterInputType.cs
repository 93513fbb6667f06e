using Roadmap.Api.GraphQL.Analysis;
using GraphQL.Types;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class DocumentFilterInputType : InputObjectGraphType<DocumentFilter>
{
    public DocumentFilterInputType()
    {
        Name = "DocumentFilter";
        Description = "Filters of the documents listing; all given filters apply.";
        Field(f => f.Body, nullable: true).Description("The body code, e.g. ISO (any case).");
        Field(f => f.Committee, nullable: true).Description("A committee key; its subcommittees and working groups are included.");
        Field<ListGraphType<NonNullGraphType<LifecycleStageEnum>>>("lifecycle").Description("Any of these stages.");
        Field(f => f.Text, nullable: true).Description("Words that must all appear in the designation or title.");
        Field<DateScalar>("publishedFrom").Description("Published on or after (by the earliest day the date can mean).");
        Field<DateScalar>("publishedTo").Description("Published on or before.");
        Field<IdGraphType>("topic").Description("A topic id; documents filed under it or any subtopic (editors' pins and rejects applied). Unknown topic: BAD_USER_INPUT.");
    }
}
