using GraphQL.Validation;
using GraphQLParser.AST;
using Roadmap.Api.GraphQL.Execution;
using Roadmap.Api.Security;

namespace Roadmap.Api.GraphQL.Validation;

/// <summary>Rejects a document that selects a field the caller's role does not allow: UNAUTHENTICATED without a key, FORBIDDEN with too small a role. Nothing runs.</summary>
internal sealed class RoleRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = (context.UserContext as RoadmapUserContext)?.Caller ?? Caller.From(context.User);
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (ctx.TypeInfo.GetFieldDef() is not { } definition || RoleRequirements.RequiredRole(definition) is not { } role || caller.Has(role))
            {
                return;
            }

            var (code, message) = caller.IsAnonymous
                ? (ErrorCodes.Unauthenticated, $"'{definition.Name}' needs an API key with role {role.ToString().ToUpperInvariant()}; send it as 'Authorization: Bearer <key>' or 'X-Api-Key'.")
                : (ErrorCodes.Forbidden, $"'{definition.Name}' needs role {role.ToString().ToUpperInvariant()}; the key '{caller.KeyId}' has role {caller.Role.ToString().ToUpperInvariant()}.");
            ctx.ReportError(new ValidationError(ctx.Document.Source, null, message, field) { Code = code });
        }));
    }
}
