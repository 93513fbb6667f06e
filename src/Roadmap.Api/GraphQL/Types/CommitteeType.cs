using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Paging;
using Roadmap.Core.Committees;
using Roadmap.Core.Graph;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class CommitteeType : ObjectGraphType<Committee>
{
    public CommitteeType()
    {
        Name = "Committee";
        Description = "A committee, subcommittee, working group, study group or Question.";
        Field(c => c.Key, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Body);
        Field(c => c.Title, nullable: true);
        Field(c => c.ParentKey, nullable: true);
        Field(c => c.StudyPeriod, nullable: true).Description("ITU-T: the study period, e.g. 2025-2028.");
        Field(c => c.SourceId, nullable: true);
        Field<CommitteeType>("parent").ResolveAsync(async c => (await c.Loaders().Committees.GetAsync(c.CancellationToken)).Find(c.Source.ParentKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeType>>>>("children").Description("Subcommittees, working groups, Questions.")
            .ResolveAsync(async c => (await c.Loaders().Committees.GetAsync(c.CancellationToken)).ChildrenOf(c.Source.Key));
        Field<NonNullGraphType<RoadmapConnectionType<DocumentType>>>("documents").Description("The committee's documents, its subcommittees' included.")
            .PageArgument("first", 20, "Page size")
            .Argument<StringGraphType>("after", "The endCursor of the previous page")
            .ResolveAsync(async c =>
            {
                var query = new DocumentQuery { Committee = c.Source.Key, First = PageSize.Read(c, "first", 20), After = Cursors.Check(c.GetArgument<string?>("after")) };
                return Pages.From(await c.Service<IGraphStore>().ListDocumentsAsync(query, c.CancellationToken), query.After is not null);
            });
    }
}
