using GraphQL.Types;
using Roadmap.Core.Documents;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "Where a fact came from.";
        Field(p => p.Source);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("fetchedAt").Resolve(c => c.Source.FetchedAt);
        Field(p => p.ContentHash, nullable: true);
    }
}
