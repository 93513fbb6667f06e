namespace Roadmap.Core.Gaps;

/// <summary>
/// An editor's change to one gap, applied by <see cref="Analysis.IAnalysisStore.UpdateGapAsync"/> in one transaction
/// with the version check. Null members are left as they are.
/// </summary>
public sealed record GapEdit
{
    /// <summary>The version the editor read; the edit fails with <see cref="GapEditOutcome.Conflict"/> when the gap has moved on. Null: no check.</summary>
    public int? ExpectedVersion { get; init; }

    public string? Statement { get; init; }

    public string? SuggestedOwner { get; init; }

    public double? Priority { get; init; }

    /// <summary>A status change to record (its <see cref="GapStatusChange.From"/> is set from the stored status).</summary>
    public GapStatusChange? StatusChange { get; init; }

    public GapNote? Note { get; init; }
}

public enum GapEditOutcome
{
    Updated,
    NotFound,

    /// <summary>The gap's version is not the expected one; nothing was written.</summary>
    Conflict,
}

/// <summary>The outcome of an edit and the gap as stored afterwards (for a conflict, as it is now).</summary>
public sealed record GapEditResult(GapEditOutcome Outcome, Gap? Gap);
