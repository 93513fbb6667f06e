namespace Roadmap.Crawlers.Fetching;

/// <summary>One HTTP attempt's outcome, body read in full (so a truncated body fails the attempt, not the parse).</summary>
internal sealed record RawResponse(int Status, byte[] Body, string? ContentType, string? ETag, string? LastModified, TimeSpan? RetryAfter)
{
    public bool IsTransientFailure => Status is 408 or 429 or >= 500;
}
