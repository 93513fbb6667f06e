using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class DocumentChangeType : ObjectGraphType<DocumentChange>
{
    public DocumentChangeType()
    {
        Name = "DocumentChange";
        Description = "A recorded change to a document, with the field-level diff.";
        Field(c => c.DocumentKey);
        Field<NonNullGraphType<ChangeKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field(c => c.RunId, nullable: true).Description("The crawl or import run that made the change.");
        Field<NonNullGraphType<StringGraphType>>("actor").Resolve(c => Security.DisplayNames.Of(c.Source.Actor));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeType>>>>("fields").Resolve(c => c.Source.Fields);
        Field<DocumentType>("document").Description("The document now (batched per request).").Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentKey));
    }
}
