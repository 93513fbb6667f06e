using GraphQL.Types;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>The answer to triggerCrawl: whether a crawl started, and the audit entry that records the request.</summary>
internal sealed record CrawlTrigger(bool Started, string Message, long AuditId);

internal sealed class CrawlTriggerType : ObjectGraphType<CrawlTrigger>
{
    public CrawlTriggerType()
    {
        Name = "CrawlTrigger";
        Field(t => t.Started).Description("False when a crawl is already running.");
        Field(t => t.Message);
        Field<NonNullGraphType<IdGraphType>>("auditId").Resolve(c => c.Source.AuditId);
    }
}
