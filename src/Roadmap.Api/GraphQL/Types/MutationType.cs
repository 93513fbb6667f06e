using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Jobs;
using Roadmap.Api.Search;
using Roadmap.Application.Audit;
using Roadmap.Application.Jobs;
using Roadmap.Core.Security;

namespace Roadmap.Api.GraphQL.Types;

/// <summary>
/// The write side. Every mutation declares its role (checked before anything runs) and is recorded in the audit trail.
/// Today: index maintenance. The analysis adds gap edits, notes and topic pins through <see cref="IGraphQLSchemaContributor"/>.
/// </summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IGraphQLSchemaContributor> contributors)
    {
        Name = "Mutation";
        Field<NonNullGraphType<JobStartType>>("triggerIndexRebuild")
            .Description("Starts reindexing every document of the graph store, dropping what the store no longer has, as a background job; returns at once (admins).")
            .RequireRole(ApiRole.Admin)
            .ResolveAsync(async c =>
            {
                var (host, committees) = (c.Service<SearchIndexHost>(), c.Service<CommitteeCatalog>());
                var before = new { documents = host.Index.Count };
                var (job, started) = c.Service<JobBoard>().Start(JobKind.IndexRebuild, c.Caller().AuditName, async (progress, ct) =>
                {
                    progress.Report("reading the graph store and indexing every document");
                    var report = await host.RebuildAsync(ct);
                    committees.Invalidate();
                    return new JobResult($"{report.Indexed:N0} documents indexed, {report.Deleted:N0} removed in {report.Elapsed.TotalSeconds:F1} s; the index now holds {host.Index.Count:N0}");
                });
                var entry = await c.Service<AuditTrail>().RecordAsync(c.Caller().Actor, "triggerIndexRebuild", "search-index", before, new { job = job.Id, started }, null, c.CancellationToken);
                return new JobStart(job, started, entry.Id);
            });
        foreach (var contributor in contributors)
        {
            contributor.ExtendMutation(this);
        }
    }
}
