using GraphQL.Types;
using Roadmap.Api.Jobs;
using Roadmap.Application.Jobs;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>The answer to triggerCrawl: whether a crawl started, its background job, and the audit entry that records the request.</summary>
internal sealed record CrawlTrigger(bool Started, string Message, long AuditId, BackgroundJob? Job);

internal sealed class CrawlTriggerType : ObjectGraphType<CrawlTrigger>
{
    public CrawlTriggerType()
    {
        Name = "CrawlTrigger";
        Field(t => t.Started).Description("False when a crawl is already running.");
        Field(t => t.Message);
        Field<NonNullGraphType<IdGraphType>>("auditId").Resolve(c => c.Source.AuditId);
        Field<JobType>("job").Description("The crawl's background job (the running one when a triggered crawl was under way); null when the nightly crawl runs.").Resolve(c => c.Source.Job);
    }
}
