namespace Roadmap.Core.Gaps;

/// <summary>A topic nobody covers well enough, found by analysis or recorded by an editor.</summary>
public sealed record Gap
{
    public required string Id { get; init; }

    public required string TopicId { get; init; }

    public required string Statement { get; init; }

    public GapStatus Status { get; init; } = GapStatus.Open;

    /// <summary>True when an editor created the gap rather than the analysis.</summary>
    public bool EditorCreated { get; init; }

    public double Priority { get; init; }

    public IReadOnlyList<string> EvidenceKeys { get; init; } = [];

    public string? SuggestedOwner { get; init; }
}
