using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Application.Jobs;
using Roadmap.Core.Security;

namespace Roadmap.Api.Jobs;

/// <summary><c>job(id)</c> and <c>jobs(first)</c>: the progress and outcome of admin work (admins; a job may name what it touched).</summary>
internal sealed class JobsSchemaContributor : IGraphQLSchemaContributor
{
    public void ExtendQuery(ObjectGraphType query)
    {
        query.Field<JobType>("job")
            .Description("One background job by id; null when unknown or forgotten (the newest 100 are kept).")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Service<JobBoard>().Get(c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobType>>>>("jobs")
            .Description("The recent background jobs, newest first.")
            .RequireRole(ApiRole.Admin)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .Resolve(c => c.Service<JobBoard>().List(Math.Clamp(c.GetArgument("first", 20), 1, JobBoard.Kept)));
    }
}
