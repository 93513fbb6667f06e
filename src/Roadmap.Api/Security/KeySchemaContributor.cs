using GraphQL;
using GraphQL.Types;
using Roadmap.Api.GraphQL;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.GraphQL.Validation;
using Roadmap.Application.Audit;
using Roadmap.Core.Security;

namespace Roadmap.Api.Security;

/// <summary>
/// <c>revokeApiKey</c> for admins (audited): the key is refused from the next request on this instance (its cache entry
/// goes), and by every other instance or process within <c>Roadmap:Api:KeyCacheLifetime</c>.
/// </summary>
internal sealed class KeySchemaContributor : IGraphQLSchemaContributor
{
    public void ExtendMutation(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<BooleanGraphType>>("revokeApiKey")
            .Description("Revokes an API key by its id (from `roadmap keys list`, or the whole key); false when it was already revoked. Unknown id: NOT_FOUND. Refused at once here, elsewhere within Roadmap:Api:KeyCacheLifetime.")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await RevokeAsync(c));

    private static async Task<bool> RevokeAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("id").Trim();
        var id = ApiKeySecrets.TryParse(text, out var parsed, out _) ? parsed : text;
        if (id.Length is 0 or > 64)
        {
            throw ErrorCodes.Error(ErrorCodes.BadUserInput, "revokeApiKey: id must be a key id of 1 to 64 characters");
        }

        var existing = await context.Service<IApiKeyStore>().FindAsync(id, context.CancellationToken)
            ?? throw ErrorCodes.Error(ErrorCodes.NotFound, $"revokeApiKey: no key '{id}'");
        var revoked = await context.Service<ApiKeyVerifier>().RevokeAsync(id, context.CancellationToken);
        await context.Service<AuditTrail>().RecordAsync(context.Caller().Actor, "revokeApiKey", "api-key:" + id, new { revoked = existing.IsRevoked }, new { revoked = true }, null, context.CancellationToken);
        return revoked;
    }
}
