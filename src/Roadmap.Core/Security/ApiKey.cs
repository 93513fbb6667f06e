namespace Roadmap.Core.Security;

/// <summary>A stored API key: only its salted hash is kept, never the secret.</summary>
public sealed record ApiKey
{
    /// <summary>The public part of the key, e.g. <c>k3f2a9c0d1e7b</c>; shown in lists and audit entries.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ApiRole Role { get; init; }

    /// <summary>Random per-key salt, hex.</summary>
    public required string Salt { get; init; }

    /// <summary>SHA-256 of salt and secret, hex.</summary>
    public required string Hash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsRevoked => RevokedAt is not null;
}
