using GraphQL.Types;
using Roadmap.Api.Security;
using Roadmap.Core.Audit;
using Roadmap.Core.Graph;
using Roadmap.Search.Maintenance;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One recorded mutation: who, when, what, and the state before and after (JSON).";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(e => e.Actor);
        Field(e => e.Role);
        Field(e => e.Action);
        Field(e => e.Target);
        Field(e => e.Before, nullable: true).Description("JSON of the target before; null when it did not exist.");
        Field(e => e.After, nullable: true).Description("JSON of the target after; null when the action failed or deleted it.");
        Field(e => e.Note, nullable: true);
    }
}

internal sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who the server thinks is calling.";
        Field<NonNullGraphType<BooleanGraphType>>("authenticated").Resolve(c => !c.Source.IsAnonymous);
        Field(v => v.Name);
        Field(v => v.KeyId, nullable: true);
        Field<NonNullGraphType<RoleEnum>>("role").Resolve(c => c.Source.Role);
    }
}

internal sealed class DocumentLookupType : ObjectGraphType<LookupResult>
{
    public DocumentLookupType()
    {
        Name = "DocumentLookup";
        Description = "The outcome of finding a document by a designation as people write it.";
        Field<DocumentType>("document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("candidates").Description("When ambiguous: the documents that match.").Resolve(c => c.Source.Candidates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("nearMisses").Description("When nothing matches: documents whose designation is one edit away (did you mean).").Resolve(c => c.Source.NearMisses);
        Field("message", l => l.Error, nullable: true).Description("Why nothing (or more than one) was found.");
    }
}
