namespace Roadmap.Application.Gaps;

/// <summary>An editor records a gap on a topic; owner and priority default from the taxonomy.</summary>
public sealed record CreateGapCommand
{
    public required string TopicId { get; init; }

    public required string Statement { get; init; }

    public string? SuggestedOwner { get; init; }

    public double? Priority { get; init; }

    public string? Note { get; init; }
}
