namespace Roadmap.Core.Analysis;

/// <summary>
/// A roadmap editor's word on one document and topic. Stored apart from rule output and applied after it, so it
/// always wins and survives every re-classification.
/// </summary>
public sealed record EditorDecision
{
    public required string DocumentKey { get; init; }

    public required string TopicId { get; init; }

    public required DecisionKind Kind { get; init; }

    /// <summary>Who decided, e.g. <c>editor:alice</c>.</summary>
    public required string Editor { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? Note { get; init; }
}

public enum DecisionKind
{
    /// <summary>The document is about the topic, whatever the rules say.</summary>
    Pin,

    /// <summary>The document is not about the topic, whatever the rules say.</summary>
    Reject,
}
