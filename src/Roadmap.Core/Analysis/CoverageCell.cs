using Roadmap.Core.Documents;

namespace Roadmap.Core.Analysis;

/// <summary>
/// One cell of the coverage matrix: a topic (with its descendants) against a body or a committee, as of the run's date.
/// </summary>
public sealed record CoverageCell
{
    public required string TopicId { get; init; }

    public required CoverageDimension Dimension { get; init; }

    /// <summary>The body code or committee key; <c>(none)</c> when a document names no committee.</summary>
    public required string Value { get; init; }

    /// <summary>Documents in force (published or under review).</summary>
    public int Published { get; init; }

    public int InDevelopment { get; init; }

    /// <summary>Superseded, withdrawn or deleted documents.</summary>
    public int Withdrawn { get; init; }

    /// <summary>The newest publication date among the cell's documents.</summary>
    public PartialDate? Newest { get; init; }
}

public enum CoverageDimension
{
    Body,
    Committee,
}
