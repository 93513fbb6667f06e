using GraphQL.Types;
using Roadmap.Api.Audit;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Loading;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Search;
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
        Field<NonNullGraphType<IndexRebuildType>>("triggerIndexRebuild")
            .Description("Reindexes every document of the graph store and drops what the store no longer has (admins).")
            .RequireRole(ApiRole.Admin)
            .ResolveAsync(async c =>
            {
                var host = c.Service<SearchIndexHost>();
                var before = new { documents = host.Index.Count };
                var report = await host.RebuildAsync(c.CancellationToken);
                c.Service<CommitteeCatalog>().Invalidate();
                var after = new { documents = host.Index.Count, report.Mode, report.Indexed, report.Deleted, elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds, 1) };
                var entry = await c.Service<AuditRecorder>().RecordAsync(c.Caller(), "triggerIndexRebuild", "search-index", before, after, null, c.CancellationToken);
                return new IndexRebuild(report, host.Index.Count, entry.Id);
            });
        foreach (var contributor in contributors)
        {
            contributor.ExtendMutation(this);
        }
    }
}
