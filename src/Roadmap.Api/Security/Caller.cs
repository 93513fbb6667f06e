using System.Security.Claims;
using Roadmap.Application.Audit;
using Roadmap.Core.Security;

namespace Roadmap.Api.Security;

/// <summary>Who is calling: an API key's id, name and role, or an anonymous reader.</summary>
internal sealed record Caller(string? KeyId, string Name, ApiRole Role, bool IsAnonymous)
{
    public static Caller Anonymous { get; } = new(null, "anonymous", ApiRole.Reader, IsAnonymous: true);

    /// <summary>How the caller appears in the audit trail.</summary>
    public string AuditName => KeyId is null ? Name : $"{Name} ({KeyId})";

    /// <summary>The caller as the use cases and the audit trail name it, with the role it acts in.</summary>
    public Actor Actor => new(AuditName, IsAnonymous ? "anonymous" : Role.ToString().ToLowerInvariant());

    public bool Has(ApiRole role) => Role >= role;

    public static Caller From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } || user.FindFirst(ClaimTypes.NameIdentifier) is not { } id)
        {
            return Anonymous;
        }

        var role = Enum.TryParse<ApiRole>(user.FindFirst(ClaimTypes.Role)?.Value, out var parsed) ? parsed : ApiRole.Reader;
        return new Caller(id.Value, user.Identity.Name ?? id.Value, role, IsAnonymous: false);
    }
}
