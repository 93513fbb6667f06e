using Roadmap.Core.Documents;

namespace Roadmap.Api.GraphQL.Types;

/// <summary>A relation seen from one of its documents.</summary>
internal sealed record RelationView(DocumentRelation Relation, string SeenFrom)
{
    public bool Outgoing => Relation.FromKey == SeenFrom;

    public string OtherKey => Outgoing ? Relation.ToKey : Relation.FromKey;
}
