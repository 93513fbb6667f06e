using GraphQL.Types;
using Roadmap.Core.Committees;

namespace Roadmap.Api.GraphQL.Liaisons;

internal sealed class CommitteeLiaisonType : ObjectGraphType<CommitteeLiaison>
{
    public CommitteeLiaisonType()
    {
        Name = "CommitteeLiaison";
        Description = "A registered liaison between two committees (the pair is unordered; the smaller key comes first).";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("first ↔ second");
        Field(l => l.FirstCommittee);
        Field(l => l.SecondCommittee);
        Field(l => l.Category, nullable: true).Description("ISO's A, B, C, D or PSO; internal; a joint working group.");
        Field(l => l.Since, nullable: true).Description("Since when, as precisely as known (2017, 2019-04).");
        Field(l => l.Note, nullable: true);
    }
}
