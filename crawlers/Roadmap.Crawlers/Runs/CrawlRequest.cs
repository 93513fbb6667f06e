namespace Roadmap.Crawlers.Runs;

/// <summary>What to crawl and how: the sources by name, an optional snapshot to replay or to record, resume or not.</summary>
public sealed record CrawlRequest
{
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Replay this snapshot folder instead of the network (<c>--from</c>).</summary>
    public string? FromSnapshot { get; init; }

    /// <summary>Record every response into this folder (<c>--save</c>).</summary>
    public string? SaveSnapshot { get; init; }

    public bool Resume { get; init; }
}
