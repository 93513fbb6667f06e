namespace Roadmap.Ingest;

/// <summary>What an import did: counts of documents added, changed, unchanged, of the committees it names, and lines rejected or skipped with reasons.</summary>
public sealed record ImportReport
{
    public required string RunId { get; init; }

    public required string Source { get; init; }

    public long Lines { get; init; }

    public int Added { get; init; }

    public int Changed { get; init; }

    public int Unchanged { get; init; }

    public int Rejected { get; init; }

    public int Skipped { get; init; }

    /// <summary>The committees the feed names: added, changed or unchanged (the document counts above leave them out).</summary>
    public CommitteeCounts Committees { get; init; } = CommitteeCounts.None;

    /// <summary>The first rejections, each with its line number and reason (all are counted in <see cref="Rejected"/>).</summary>
    public IReadOnlyList<LineIssue> Rejections { get; init; } = [];

    public TimeSpan Elapsed { get; init; }
}

/// <summary>A line that could not be used, and why.</summary>
public sealed record LineIssue(long Line, string Reason);
