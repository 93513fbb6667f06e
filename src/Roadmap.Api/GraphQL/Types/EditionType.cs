using GraphQL.Types;
using Roadmap.Core.Documents;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class EditionType : ObjectGraphType<Edition>
{
    public EditionType()
    {
        Name = "Edition";
        Description = "One edition (or stage snapshot) of a document, as one source record describes it.";
        Field(e => e.Id).Description("The full designation with edition, e.g. ISO 22739:2024.");
        Field(e => e.Label, nullable: true);
        Field(e => e.Title);
        Field<NonNullGraphType<LifecycleType>>("lifecycle").Resolve(c => c.Source.Lifecycle);
        Field<StringGraphType>("published").Resolve(c => c.Source.Published?.ToString());
        Field(e => e.CommitteeKey, nullable: true);
        Field(e => e.CommitteeInferredBy, nullable: true).Description("The attribution rule that inferred this edition's committee; null when the source stated it.");
        Field(e => e.Scope, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ics").Resolve(c => c.Source.Ics);
        Field(e => e.SourceId, nullable: true);
        Field(e => e.Url, nullable: true);
        Field<ProvenanceType>("provenance").Resolve(c => c.Source.Provenance);
    }
}
