using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Api.Security;
using Roadmap.Application.Audit;
using Roadmap.Application.Watches;
using Roadmap.Core.Security;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>
/// Watches in the schema: <c>watches</c>, <c>watch</c>, <c>watchEvents</c> (filters, id cursors), <c>watchDeliveryLog</c>;
/// mutations <c>createWatch</c>, <c>updateWatch</c>, <c>removeWatch</c>, <c>shareWatch</c>, <c>testWatchDelivery</c>,
/// <c>createFeedToken</c>. A watch belongs to an API key: anonymous callers have none (UNAUTHENTICATED).
/// </summary>
internal sealed class WatchSchemaContributor : IGraphQLSchemaContributor
{
    public void ExtendQuery(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WatchType>>>>("watches")
            .Description("The caller's watches and those shared with it (an admin sees all).")
            .ResolveAsync(async c => await c.Service<WatchService>().ListAsync(Caller(c), c.CancellationToken));
        query.Field<WatchType>("watch").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<WatchService>().GetAsync(Caller(c), c.GetArgument<string>("id"), c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WatchEventType>>>>("watchEvents")
            .Description("Events of the caller's watches (or of one), newest first; `before: id` pages back, `after: id` follows (oldest first).")
            .Argument<IdGraphType>("watch").Argument<StringGraphType>("document").Argument<StringGraphType>("committee")
            .Argument<ListGraphType<NonNullGraphType<WatchEventKindEnum>>>("kinds").Argument<BooleanGraphType>("significantOnly")
            .Argument<IdGraphType>("before").Argument<IdGraphType>("after").Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c => await c.Service<WatchService>().EventsAsync(Caller(c), c.GetArgument<string?>("watch"), new WatchEventQuery
            {
                DocumentKey = c.GetArgument<string?>("document"),
                CommitteeKey = c.GetArgument<string?>("committee"),
                Kinds = c.GetArgument<List<WatchEventKind>?>("kinds"),
                SignificantOnly = c.GetArgument<bool?>("significantOnly") ?? false,
                BeforeId = Cursor(c, "before"),
                AfterId = Cursor(c, "after"),
                Limit = Math.Clamp(c.GetArgument<int>("first"), 1, WatchEventQuery.MaxLimit),
            }, c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeliveryAttemptType>>>>("watchDeliveryLog")
            .Description("Every delivery attempt of a watch (webhook, e-mail), newest first: what was sent, the answer, retries, dead letters.")
            .Argument<NonNullGraphType<IdGraphType>>("watch").Argument<IntGraphType>("first", a => a.DefaultValue = 100)
            .ResolveAsync(async c => await c.Service<WatchService>().DeliveryLogAsync(Caller(c), c.GetArgument<string>("watch"), c.GetArgument<int>("first"), c.CancellationToken));
    }

    public void ExtendMutation(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WatchType>>("createWatch").RequireRole(ApiRole.Reader)
            .Description("Creates a watch owned by the caller's key (audited).")
            .Argument<NonNullGraphType<WatchInputType>>("input")
            .ResolveAsync(async c =>
            {
                var watch = await c.Service<WatchService>().CreateAsync(Caller(c), c.GetArgument<WatchInput>("input").ToCommand(), c.CancellationToken);
                await AuditAsync(c, "createWatch", watch.Id, null, watch.Name);
                return watch;
            });
        mutation.Field<NonNullGraphType<WatchType>>("updateWatch").RequireRole(ApiRole.Reader)
            .Description("Replaces a watch's definition (owner or modify right; audited).")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<WatchInputType>>("input")
            .ResolveAsync(async c =>
            {
                var watch = await c.Service<WatchService>().UpdateAsync(Caller(c), c.GetArgument<string>("id"), c.GetArgument<WatchInput>("input").ToCommand(), c.CancellationToken);
                await AuditAsync(c, "updateWatch", watch.Id, null, watch.Name);
                return watch;
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeWatch").RequireRole(ApiRole.Reader)
            .Description("Removes a watch with its events and delivery log (owner or modify right; audited).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                await c.Service<WatchService>().RemoveAsync(Caller(c), c.GetArgument<string>("id"), c.CancellationToken);
                await AuditAsync(c, "removeWatch", c.GetArgument<string>("id"), null, null);
                return true;
            });
        mutation.Field<NonNullGraphType<WatchType>>("shareWatch").RequireRole(ApiRole.Reader)
            .Description("Shares a watch with another key to VIEW or MODIFY; without `right` the share is taken back (audited).")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<IdGraphType>>("key").Argument<WatchRightEnum>("right")
            .ResolveAsync(async c =>
            {
                var watch = await c.Service<WatchService>().ShareAsync(Caller(c), c.GetArgument<string>("id"), c.GetArgument<string>("key"), c.GetArgument<WatchRight?>("right"), c.CancellationToken);
                await AuditAsync(c, "shareWatch", watch.Id, null, $"{c.GetArgument<string>("key")}: {c.GetArgument<WatchRight?>("right")?.ToString() ?? "none"}");
                return watch;
            });
        mutation.Field<NonNullGraphType<WatchEventType>>("testWatchDelivery").RequireRole(ApiRole.Reader)
            .Description("Queues a TEST event on every channel of the watch (webhook at once, e-mail at once); see watchDeliveryLog for the outcome.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<WatchService>().TestDeliveryAsync(Caller(c), c.GetArgument<string>("id"), c.CancellationToken));
        mutation.Field<NonNullGraphType<StringGraphType>>("createFeedToken").RequireRole(ApiRole.Reader)
            .Description("Mints a token for a document's or committee's Atom feed and returns the feed's path with it (shown once).")
            .Argument<NonNullGraphType<FeedScopeEnum>>("scope").Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async c =>
            {
                var scope = c.GetArgument<FeedScope>("scope");
                var key = c.GetArgument<string>("key").Trim();
                var token = await c.Service<WatchFeeds>().CreateTokenAsync(Caller(c), scope, key, c.CancellationToken);
                return $"/feeds/{(scope == FeedScope.Document ? "documents" : "committees")}.atom?key={Uri.EscapeDataString(key)}&token={token}";
            });
    }

    public static bool MayModify(IResolveFieldContext context, Watch watch)
    {
        var caller = context.Caller();
        return caller.KeyId is { } id && (caller.Has(ApiRole.Admin) || watch.CanModify(id));
    }

    private static WatchCaller Caller(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return caller.KeyId is { } id && !caller.IsAnonymous
            ? new WatchCaller(id, caller.Has(ApiRole.Admin))
            : throw ErrorCodes.Error(ErrorCodes.Unauthenticated, "watches belong to an API key: send one");
    }

    private static long? Cursor(IResolveFieldContext context, string name) =>
        context.GetArgument<string?>(name) is { } text
            ? long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id
                : throw ErrorCodes.Error(ErrorCodes.BadUserInput, $"{name}: an event id, got '{text}'")
            : null;

    private static Task<Roadmap.Core.Audit.AuditEntry> AuditAsync(IResolveFieldContext context, string action, string target, string? before, string? after) =>
        context.Service<AuditTrail>().RecordAsync(context.Caller().Actor, action, target, before, after, null, context.CancellationToken);
}
