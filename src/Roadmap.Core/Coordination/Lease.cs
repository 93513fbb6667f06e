namespace Roadmap.Core.Coordination;

/// <summary>A held lease. <see cref="FencingToken"/> grows with every grant, so a write stamped with an older token is stale.</summary>
public sealed record Lease
{
    public required string Name { get; init; }

    public required string Owner { get; init; }

    public required long FencingToken { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
