namespace Roadmap.Analysis.Taxonomy;

/// <summary>The taxonomy's scoring knobs; the defaults are those of <c>schema/taxonomy.yaml</c>.</summary>
public sealed record TaxonomySettings
{
    /// <summary>The score a document needs to be classified under a topic.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>From this score up an evidence document maps <c>direct</c>; below it, <c>supporting</c>.</summary>
    public double DirectScore { get; init; } = 0.75;

    /// <summary>What a rule match counts for when only the scope (not the title) matched.</summary>
    public double ScopeFactor { get; init; } = 0.6;

    public double CommitteeHintWeight { get; init; } = 0.3;

    public double DesignationWeight { get; init; } = 0.9;

    /// <summary>A document in force older than this is stale for gap detection.</summary>
    public int StaleAfterYears { get; init; } = 6;

    public GapSettings Gaps { get; init; } = new();
}

/// <summary>
/// What makes a document part of the DLT field at all: queries, or membership of a DLT committee — unless an exclusion
/// matches (a "DLT" that is a Digital Linear Tape format is not a distributed ledger).
/// </summary>
public sealed record TaxonomyContext(IReadOnlyList<string> Queries, IReadOnlyList<string> Committees)
{
    public IReadOnlyList<string> Exclude { get; init; } = [];
}
