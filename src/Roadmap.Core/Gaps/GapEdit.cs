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

    /// <summary>An editor's priority with its reason; replaces any earlier override.</summary>
    public PriorityOverride? PriorityOverride { get; init; }

    /// <summary>Drops the editor's priority: the gap goes back to its formula's score.</summary>
    public bool ClearPriorityOverride { get; init; }

    /// <summary>A status change to record (its <see cref="GapStatusChange.From"/> is set from the stored status).</summary>
    public GapStatusChange? StatusChange { get; init; }

    public GapNote? Note { get; init; }

    /// <summary>
    /// The gap after this edit (the version check is the store's): what the editor set is marked as the editor's, so
    /// re-analysis keeps it.
    /// </summary>
    public Gap ApplyTo(Gap gap, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return gap with
        {
            Statement = Statement ?? gap.Statement,
            StatementEdited = gap.StatementEdited || Statement is not null,
            SuggestedOwner = SuggestedOwner ?? gap.SuggestedOwner,
            OwnerEdited = gap.OwnerEdited || SuggestedOwner is not null,
            PriorityOverride = PriorityOverride ?? (ClearPriorityOverride ? null : gap.PriorityOverride),
            Priority = PriorityOverride?.Score ?? (ClearPriorityOverride ? gap.PriorityBreakdown?.Score ?? gap.Priority : gap.Priority),
            Status = StatusChange?.To ?? gap.Status,
            History = StatusChange is { } change ? [.. gap.History, change with { From = gap.Status }] : gap.History,
            Notes = Note is { } note ? [.. gap.Notes, note] : gap.Notes,
            Version = gap.Version + 1,
            UpdatedAt = at,
        };
    }
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
