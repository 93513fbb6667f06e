namespace Roadmap.Application.Gaps;

/// <summary>An editor changes a gap's statement, owner or priority; <see cref="ExpectedVersion"/> is the version read.</summary>
public sealed record UpdateGapCommand
{
    public required string Id { get; init; }

    public required int ExpectedVersion { get; init; }

    public string? Statement { get; init; }

    public string? SuggestedOwner { get; init; }

    public double? Priority { get; init; }
}
