namespace Roadmap.Core.Analysis;

/// <summary>One run of the analysis, with the landscape date it describes and what it saw.</summary>
public sealed record AnalysisRun
{
    public required string Id { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The date whose landscape was analysed; null for "now" (the current landscape).</summary>
    public DateOnly? AsOf { get; init; }

    public required AnalysisMode Mode { get; init; }

    /// <summary>When the newest graph change this run had seen happened (shown to people; runs follow <see cref="ChangesThroughSeq"/>).</summary>
    public DateTimeOffset? ChangesThrough { get; init; }

    /// <summary>
    /// The number of the newest graph change this run classified (<c>DocumentChange.Seq</c>): the next incremental run
    /// starts after it. Null for runs from before change numbers, which makes the next run a full one.
    /// </summary>
    public long? ChangesThroughSeq { get; init; }

    /// <summary>Hash of the taxonomy the run used; a different taxonomy forces a full run.</summary>
    public required string TaxonomyHash { get; init; }

    /// <summary>Documents (re)classified by this run.</summary>
    public int Classified { get; init; }

    /// <summary>Documents under at least one topic after this run.</summary>
    public int InScope { get; init; }

    public int OpenGaps { get; init; }

    public int Overlaps { get; init; }
}

public enum AnalysisMode
{
    Full,
    Incremental,
}
