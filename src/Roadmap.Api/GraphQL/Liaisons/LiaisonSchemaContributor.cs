using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Application.Audit;
using Roadmap.Core.Committees;
using Roadmap.Core.Graph;
using Roadmap.Core.Security;

namespace Roadmap.Api.GraphQL.Liaisons;

/// <summary>The liaison registry in the schema: <c>liaisonRegistry</c>, and <c>addLiaison</c> / <c>removeLiaison</c> for editors (audited).</summary>
internal sealed class LiaisonSchemaContributor : IGraphQLSchemaContributor
{
    private const int MaxText = 500;

    public void ExtendQuery(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeLiaisonType>>>>("liaisonRegistry")
            .Description("Registered liaisons between committees; with `committee`, those of that committee.")
            .Argument<StringGraphType>("committee")
            .ResolveAsync(async c =>
            {
                var all = await c.Service<IGraphStore>().ListLiaisonsAsync(c.CancellationToken);
                return c.GetArgument<string?>("committee") is { } key
                    ? [.. all.Where(l => l.FirstCommittee == CommitteeKeys.Normalize(key) || l.SecondCommittee == CommitteeKeys.Normalize(key))]
                    : all;
            });

    public void ExtendMutation(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CommitteeLiaisonType>>("addLiaison")
            .Description("Registers (or updates) the liaison between two known committees. Unknown committee: NOT_FOUND.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("first").Argument<NonNullGraphType<IdGraphType>>("second")
            .Argument<StringGraphType>("category").Argument<StringGraphType>("since").Argument<StringGraphType>("note")
            .ResolveAsync(async c => await AddAsync(c));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeLiaison")
            .Description("Removes the registered liaison between two committees (either order); false when there was none.")
            .RequireRole(ApiRole.Editor)
            .Argument<NonNullGraphType<IdGraphType>>("first").Argument<NonNullGraphType<IdGraphType>>("second")
            .ResolveAsync(async c => await RemoveAsync(c));
    }

    private static async Task<CommitteeLiaison> AddAsync(IResolveFieldContext context)
    {
        var store = context.Service<IGraphStore>();
        var first = await KnownCommitteeAsync(context, "first");
        var second = await KnownCommitteeAsync(context, "second");
        if (first == second)
        {
            throw ErrorCodes.Error(ErrorCodes.BadUserInput, "addLiaison: a liaison joins two different committees");
        }

        var liaison = CommitteeLiaison.Create(first, second, Text(context, "category"), Text(context, "since"), Text(context, "note"));
        var before = (await store.ListLiaisonsAsync(context.CancellationToken)).FirstOrDefault(l => l.Id == liaison.Id);
        var caller = context.Caller();
        await store.UpsertAsync(new GraphBatch { Liaisons = [liaison] }, new ChangeContext(null, caller.AuditName, context.Service<TimeProvider>().GetUtcNow()), context.CancellationToken);
        await context.Service<AuditTrail>().RecordAsync(caller.Actor, "addLiaison", liaison.Id, before, liaison, liaison.Note, context.CancellationToken);
        return liaison;
    }

    private static async Task<bool> RemoveAsync(IResolveFieldContext context)
    {
        var store = context.Service<IGraphStore>();
        var (first, second) = CommitteeLiaison.Order(Key(context, "first"), Key(context, "second"));
        var before = (await store.ListLiaisonsAsync(context.CancellationToken)).FirstOrDefault(l => l.Joins(first, second));
        var removed = await store.RemoveLiaisonAsync(first, second, context.CancellationToken);
        if (removed)
        {
            await context.Service<AuditTrail>().RecordAsync(context.Caller().Actor, "removeLiaison", before?.Id ?? $"{first} ↔ {second}", before, (CommitteeLiaison?)null, null, context.CancellationToken);
        }

        return removed;
    }

    // A typo must not register a liaison with a committee nobody has: the key has to name a stored committee.
    private static async Task<string> KnownCommitteeAsync(IResolveFieldContext context, string argument)
    {
        var key = Key(context, argument);
        return (await context.Service<IGraphStore>().GetCommitteeAsync(key, context.CancellationToken))?.Key
            ?? throw ErrorCodes.Error(ErrorCodes.NotFound, $"addLiaison: no committee '{key}'");
    }

    private static string Key(IResolveFieldContext context, string argument) =>
        context.GetArgument<string>(argument) is { } text && !string.IsNullOrWhiteSpace(text)
            ? CommitteeKeys.Normalize(text)
            : throw ErrorCodes.Error(ErrorCodes.BadUserInput, $"{argument}: a committee key is required");

    private static string? Text(IResolveFieldContext context, string argument) =>
        context.GetArgument<string?>(argument) is not { } text || string.IsNullOrWhiteSpace(text) ? null
        : text.Length > MaxText ? throw ErrorCodes.Error(ErrorCodes.BadUserInput, $"{argument}: at most {MaxText} characters")
        : text.Trim();
}
