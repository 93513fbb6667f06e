using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Core.Audit;
using Roadmap.Core.Committees;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;

namespace Roadmap.Api.GraphQL.Types;

/// <summary>The read side. Documents and committees here; search in <c>QueryType.Search.cs</c>.</summary>
internal sealed partial class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IGraphQLSchemaContributor> contributors)
    {
        Name = "Query";
        AddDocuments();
        AddCommittees();
        AddSearch();
        AddHistory();
        Field<NonNullGraphType<ViewerType>>("viewer").Description("Who the server thinks is calling.").Resolve(c => c.Caller());
        foreach (var contributor in contributors)
        {
            contributor.ExtendQuery(this);
        }
    }

    private void AddCommittees()
    {
        Field<CommitteeType>("committee").Description("A committee by key, e.g. ISO/TC 307 (any case; spacing and \"ITU-T SG17 Q14/17\" normalised).")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c =>
            {
                var key = c.GetArgument<string>("key").Trim();
                var committees = await c.Loaders().Committees.GetAsync(c.CancellationToken);
                return committees.Find(key) ?? committees.Find(CommitteeKeys.Normalize(key));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeType>>>>("committees")
            .Description("Committees, by key. With `rootsOnly` the tops of the trees; walk down with `children`.")
            .Argument<StringGraphType>("body", "Only this body's committees")
            .Argument<BooleanGraphType>("rootsOnly", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var (body, roots) = (c.GetArgument<string?>("body"), c.GetArgument("rootsOnly", false));
                var snapshot = await c.Loaders().Committees.GetAsync(c.CancellationToken);
                return snapshot.All
                    .Where(x => body is null || string.Equals(x.Body, body.Trim(), StringComparison.OrdinalIgnoreCase))
                    .Where(x => !roots || snapshot.Find(x.ParentKey) is null)
                    .ToList();
            });
    }

    private void AddHistory()
    {
        Field<NonNullGraphType<StatsType>>("stats").ResolveAsync(async c => await c.Service<IGraphStore>().GetStatsAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrawlRunType>>>>("crawlRuns").Description("Crawl and import runs, newest first.")
            .PageArgument("first", 20, "How many runs")
            .ResolveAsync(async c => await c.Service<IGraphStore>().ListCrawlRunsAsync(Math.Max(1, PageSize.Read(c, "first", 20)), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentChangeType>>>>("changes").Description("Document changes (diffs) Roadmap recorded since a time, oldest first (for what was published since a date, see `publishedSince`).")
            .Argument<DateTimeOffsetGraphType>("since", "From this time (inclusive); everything when omitted")
            .Argument<StringGraphType>("sinceDay", "Instead of since: from the first day (UTC) of a year, month or date — `2024`, `2024-03`, `2024-03-15`")
            .PageArgument("first", 50, "How many changes")
            .ResolveAsync(async c => await c.Service<IGraphStore>().GetChangesAsync(ChangesSince(c.GetArgument<DateTimeOffset?>("since"), c.GetArgument<string?>("sinceDay")), Math.Max(1, PageSize.Read(c, "first", 50)), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditTrail").Description("Recorded mutations, newest first (editors and admins).")
            .RequireRole(ApiRole.Editor)
            .Argument<StringGraphType>("actor").Argument<StringGraphType>("action").Argument<StringGraphType>("target")
            .Argument<DateTimeOffsetGraphType>("since")
            .Argument<IdGraphType>("beforeId", "Only entries older than this id (paging)")
            .PageArgument("first", 50, "How many entries")
            .ResolveAsync(async c => await c.Service<IAuditLog>().ListAsync(
                new AuditQuery
                {
                    Actor = c.GetArgument<string?>("actor"),
                    Action = c.GetArgument<string?>("action"),
                    Target = c.GetArgument<string?>("target"),
                    Since = c.GetArgument<DateTimeOffset?>("since"),
                    BeforeId = AuditEntryId(c.GetArgument<string?>("beforeId")),
                    Limit = Math.Max(1, PageSize.Read(c, "first", 50)),
                },
                c.CancellationToken));
    }

    /// <summary>The time changes are listed from: a full <c>since</c> or the first day of <c>sinceDay</c>, not both.</summary>
    private static DateTimeOffset? ChangesSince(DateTimeOffset? since, string? sinceDay) => (since, sinceDay) switch
    {
        (not null, not null) => throw ErrorCodes.Error(ErrorCodes.BadUserInput, "changes: give since or sinceDay, not both"),
        (_, { } day) => Roadmap.Application.Documents.ChangesSince.FromDay(day),
        _ => since,
    };

    /// <summary>An audit entry id as a client sends it (an ID is a string); anything else is the caller's mistake, said plainly.</summary>
    private static long? AuditEntryId(string? id) =>
        id is null ? null
        : long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw ErrorCodes.Error(ErrorCodes.BadUserInput, "beforeId: not an audit entry id; pass the id of an entry from a previous page");
}
