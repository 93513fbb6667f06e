namespace Roadmap.Crawlers.Fetching;

/// <summary>
/// One HTTP attempt's outcome, a 2xx body read in full (so a truncated body fails the attempt, not the parse); other
/// statuses keep no body. <paramref name="Location"/> is the raw header, for the crawl's own redirect handling.
/// </summary>
internal sealed record RawResponse(int Status, byte[] Body, string? ContentType, string? ETag, string? LastModified, TimeSpan? RetryAfter, string? Location = null)
{
    public bool IsTransientFailure => Status is 408 or 429 or >= 500;
}
