namespace Roadmap.Core.Watches;

/// <summary>A per-feed token for a document's or a committee's Atom feed; only its hash is stored.</summary>
public sealed record FeedToken
{
    /// <summary>SHA-256 of the secret, hex.</summary>
    public required string Hash { get; init; }

    public required FeedScope Scope { get; init; }

    /// <summary>The document's or committee's key.</summary>
    public required string Target { get; init; }

    public required string OwnerKeyId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

public enum FeedScope
{
    Document,
    Committee,
}
