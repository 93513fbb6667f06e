using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class RelationGraphType : ObjectGraphType<RelationView>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A directed edge between two documents: From <type> To. The other end may not be in the graph (yet).";
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Relation.Type);
        Field<NonNullGraphType<StringGraphType>>("fromKey").Resolve(c => c.Source.Relation.FromKey);
        Field<NonNullGraphType<StringGraphType>>("toKey").Resolve(c => c.Source.Relation.ToKey);
        Field<NonNullGraphType<BooleanGraphType>>("outgoing").Description("True when the relation leaves the document it was asked from.").Resolve(c => c.Source.Outgoing);
        Field<StringGraphType>("source").Description("The source that asserted the relation.").Resolve(c => c.Source.Relation.Source);
        Field<DocumentType>("from").Description("The source document, when it is in the graph.").Resolve(c => c.Loaders().Documents.Load(c.Source.Relation.FromKey));
        Field<DocumentType>("to").Description("The target document, when it is in the graph.").Resolve(c => c.Loaders().Documents.Load(c.Source.Relation.ToKey));
    }
}
