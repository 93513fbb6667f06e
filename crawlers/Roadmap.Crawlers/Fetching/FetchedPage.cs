using System.Security.Cryptography;

namespace Roadmap.Crawlers.Fetching;

/// <summary>A page's bytes as the crawl received them (or, after a 304, as the local HTTP cache kept them).</summary>
public sealed record FetchedPage
{
    public required Uri Url { get; init; }

    public required byte[] Body { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>The server answered 304: the body is the cached copy.</summary>
    public bool NotModified { get; init; }

    /// <summary>How many HTTP attempts it took (1 when nothing failed; 0 when replayed from a snapshot).</summary>
    public int Attempts { get; init; }

    /// <summary>The first 16 bytes of the body's SHA-256, hex: provenance for every fact read from the page.</summary>
    public string ContentHash => Convert.ToHexStringLower(SHA256.HashData(Body).AsSpan(0, 16));

    public string Text => BodyDecoder.Decode(Body, ContentType);
}
