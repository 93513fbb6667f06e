using GraphQL.Types;
using Roadmap.Core.Crawling;

namespace Roadmap.Api.GraphQL.Types;

internal sealed class CrawlRunType : ObjectGraphType<CrawlRun>
{
    public CrawlRunType()
    {
        Name = "CrawlRun";
        Description = "One run of a crawl or an import, with what it found.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Source);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field<NonNullGraphType<CrawlRunStateEnum>>("state").Resolve(c => c.Source.State);
        Field(r => r.Added);
        Field(r => r.Changed);
        Field(r => r.Unchanged);
        Field(r => r.Rejected);
        Field(r => r.Message, nullable: true);
    }
}
