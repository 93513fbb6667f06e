namespace Roadmap.Application.Gaps;

/// <summary>
/// An editor changes a gap's statement, owner or priority (a priority needs a reason), or clears an earlier priority;
/// <see cref="ExpectedVersion"/> is the version read.
/// </summary>
public sealed record UpdateGapCommand
{
    public required string Id { get; init; }

    public required int ExpectedVersion { get; init; }

    public string? Statement { get; init; }

    public string? SuggestedOwner { get; init; }

    public double? Priority { get; init; }

    /// <summary>Why the priority differs from the formula's; required with <see cref="Priority"/>.</summary>
    public string? PriorityReason { get; init; }

    /// <summary>Back to the formula's priority.</summary>
    public bool ClearPriorityOverride { get; init; }
}
