using GraphQL.Types;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

/// <summary>A cursor connection over documents (keyset cursors: pages never skip or repeat while the data changes).</summary>
internal sealed class DocumentConnectionType : ObjectGraphType<Page<Document>>
{
    public DocumentConnectionType()
    {
        Name = "DocumentConnection";
        Field(p => p.TotalCount).Description("Documents matching the filters, over all pages.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("nodes").Description("The edges' nodes, for clients that need no cursors.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => PageInfoView.Of(c.Source));
    }
}
