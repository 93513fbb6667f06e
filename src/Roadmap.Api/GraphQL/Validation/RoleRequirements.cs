using GraphQL.Builders;
using GraphQL.Types;
using Roadmap.Core.Security;

namespace Roadmap.Api.GraphQL.Validation;

/// <summary>Marks fields with the role they need; <see cref="RoleRule"/> checks the marks before execution.</summary>
internal static class RoleRequirements
{
    public const string MetadataKey = "roadmap.role";

    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, ApiRole role)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[MetadataKey] = role;
        field.FieldType.Description = $"{field.FieldType.Description} Requires role {role.ToString().ToUpperInvariant()}.".Trim();
        return field;
    }

    public static ApiRole? RequiredRole(FieldType field) =>
        field.Metadata.TryGetValue(MetadataKey, out var role) && role is ApiRole r ? r : null;
}
