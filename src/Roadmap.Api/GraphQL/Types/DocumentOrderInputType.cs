using GraphQL.Types;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class DocumentOrderInputType : InputObjectGraphType<DocumentOrder>
{
    public DocumentOrderInputType()
    {
        Name = "DocumentOrder";
        Field<NonNullGraphType<DocumentSortEnum>>("field").DefaultValue(DocumentSort.Key);
        Field<NonNullGraphType<BooleanGraphType>>("descending").DefaultValue(false);
    }
}

internal sealed record DocumentOrder(DocumentSort Field, bool Descending);
