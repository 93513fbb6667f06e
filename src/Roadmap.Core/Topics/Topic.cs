namespace Roadmap.Core.Topics;

/// <summary>A node of the topic taxonomy (a tree).</summary>
public sealed record Topic
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? ParentId { get; init; }

    public string? ScopeNote { get; init; }

    /// <summary>How much the topic matters to the roadmap, 0–1.</summary>
    public double Weight { get; init; } = 0.5;
}
