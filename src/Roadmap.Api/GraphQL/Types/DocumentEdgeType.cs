using GraphQL.Types;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class DocumentEdgeType : ObjectGraphType<Edge<Document>>
{
    public DocumentEdgeType()
    {
        Name = "DocumentEdge";
        Field(e => e.Cursor).Description("Pass as `after` to resume after this document.");
        Field<NonNullGraphType<DocumentType>>("node").Resolve(c => c.Source.Node);
    }
}
