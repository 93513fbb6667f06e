namespace Roadmap.Analysis.Taxonomy;

/// <summary>
/// The knobs of the gap rules (<c>gaps:</c> in the taxonomy file); the defaults are those of <c>schema/taxonomy.yaml</c>.
/// Every count is of documents whose <em>primary</em> topic is the leaf.
/// </summary>
public sealed record GapSettings
{
    /// <summary>A leaf with this many normative documents in force or fewer is thin.</summary>
    public int ThinMaxNormative { get; init; } = 1;

    /// <summary>From this age (years) of the newest document in force up to the stale age, the leaf is about to go stale.</summary>
    public int AboutToGoStaleYears { get; init; } = 5;

    /// <summary>Normative texts of different bodies published within this many years of one another run in parallel.</summary>
    public int ParallelWindowYears { get; init; } = 3;

    /// <summary>A functional leaf with at least this many normative texts in force…</summary>
    public int WellCoveredNormative { get; init; } = 3;

    /// <summary>…from at least this many bodies is well covered, and its security counterpart is compared with it.</summary>
    public int WellCoveredBodies { get; init; } = 2;

    /// <summary>Generic documents cited by a "no DLT profile" finding.</summary>
    public int MaxGenericEvidence { get; init; } = 5;

    /// <summary>The bodies whose view the perspective findings take; the first is the focus group's parent.</summary>
    public IReadOnlyList<Perspective> Perspectives { get; init; } =
    [
        new("ITU-T", PerspectiveCount.NormativeInForce, "ITU-T Recommendation"),
        new("ISO", PerspectiveCount.AnyDeliverable, "ISO or ISO/IEC deliverable"),
    ];
}

/// <summary>A perspective body, what of its output counts as covering a leaf, and how to name that output.</summary>
public sealed record Perspective(string Body, PerspectiveCount Counts, string Deliverable);

public enum PerspectiveCount
{
    /// <summary>Only a normative document in force counts (for ITU-T: a Recommendation, not a Supplement).</summary>
    NormativeInForce,

    /// <summary>Any deliverable, in force or in development, counts.</summary>
    AnyDeliverable,
}
