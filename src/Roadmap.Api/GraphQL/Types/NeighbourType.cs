using GraphQL.Types;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class NeighbourType : ObjectGraphType<Neighbour>
{
    public NeighbourType()
    {
        Name = "Neighbour";
        Description = "A document linked to another, and how.";
        Field<NonNullGraphType<DocumentType>>("document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field(n => n.Outgoing).Description("True when the relation points from the asked document to this one.");
    }
}
