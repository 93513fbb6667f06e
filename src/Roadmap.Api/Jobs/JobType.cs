using GraphQL.Types;
using Roadmap.Application.Jobs;

namespace Roadmap.Api.Jobs;

internal sealed class JobType : ObjectGraphType<BackgroundJob>
{
    public JobType()
    {
        Name = "Job";
        Description = "Admin work running in the background: ask for it by id until it has finished.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<JobKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<JobState>>>("state").Resolve(c => c.Source.State);
        Field(j => j.RequestedBy).Description("Who asked for it.");
        Field(j => j.StartedAt);
        Field(j => j.FinishedAt, nullable: true);
        Field(j => j.Progress, nullable: true).Description("The latest progress the work reported.");
        Field(j => j.Outcome, nullable: true).Description("What it did, once it succeeded.");
        Field(j => j.ResultId, nullable: true).Description("The id of what it produced (an analysis run's id).");
        Field(j => j.Error, nullable: true).Description("Why it failed or was cancelled.");
    }
}
