namespace Roadmap.Core.Analysis;

/// <summary>
/// A document classified under a topic, with a score in 0–1 and its evidence. The score combines the evidence
/// weights as independent signals: <c>1 − Π(1 − weight)</c>. Pinned assignments come from an editor and score 1.
/// </summary>
public sealed record TopicAssignment
{
    public required string DocumentKey { get; init; }

    public required string TopicId { get; init; }

    public required double Score { get; init; }

    public required IReadOnlyList<ClassificationEvidence> Evidence { get; init; }

    /// <summary>True when an editor pinned the topic; rules did not have the last word.</summary>
    public bool Pinned { get; init; }
}
