using Roadmap.Core.Analysis;

namespace Roadmap.Application.Topics;

/// <summary>A document's topic with score and evidence, and the editor's decision on it if any.</summary>
public sealed record DocumentTopic(TopicAssignment Assignment, EditorDecision? Decision)
{
    public string TopicId => Assignment.TopicId;

    public bool Rejected => Decision?.Kind == DecisionKind.Reject;

    public bool Pinned => !Rejected && Assignment.Pinned;

    public double Score => Assignment.Score;
}
