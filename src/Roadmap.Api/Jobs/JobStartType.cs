using GraphQL.Types;
using Roadmap.Application.Jobs;

namespace Roadmap.Api.Jobs;

internal sealed class JobStartType : ObjectGraphType<JobStart>
{
    public JobStartType()
    {
        Name = "JobStart";
        Field<NonNullGraphType<JobType>>("job").Resolve(c => c.Source.Job);
        Field(s => s.Started).Description("False when a job of this kind was already running: that job is returned instead.");
        Field<NonNullGraphType<IdGraphType>>("auditId").Resolve(c => c.Source.AuditId);
    }
}
