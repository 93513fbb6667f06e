using Roadmap.Analysis.Classification;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Tests.Classification;

public sealed class EditorDecisionsTests
{
    private static readonly DateTimeOffset T1 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ClassificationEvidence RuleEvidence = new(EvidenceKind.Rule, "sec.a#1", "title:threat", ["title:threat"], 0.6);

    [Fact]
    public void Apply_RejectOnARuleAssignment_RemovesIt()
    {
        // Arrange
        TopicAssignment[] rules = [Rule("ISO 1", "sec.a"), Rule("ISO 1", "sec.b")];

        // Act
        var assignments = EditorDecisions.Apply(rules, [Decision("ISO 1", "sec.a", DecisionKind.Reject, T1)]);

        // Assert
        assignments.Select(a => (a.DocumentKey, a.TopicId)).ShouldBe([("ISO 1", "sec.b")]);
    }

    [Fact]
    public void Apply_PinWithoutARuleAssignment_AddsItScoringOne()
    {
        // Act
        var assignments = EditorDecisions.Apply([], [Decision("ISO 1", "sec.a", DecisionKind.Pin, T1, note: "covers threat models")]);

        // Assert
        var pinned = assignments.ShouldHaveSingleItem();
        (pinned.DocumentKey, pinned.TopicId, pinned.Score, pinned.Pinned).ShouldBe(("ISO 1", "sec.a", 1.0, true));
        var evidence = pinned.Evidence.ShouldHaveSingleItem();
        (evidence.Kind, evidence.RuleId, evidence.Detail, evidence.Weight).ShouldBe((EvidenceKind.Editor, "editor:alice", "covers threat models", 1.0));
        evidence.Terms.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_PinOnARuleAssignment_ScoresOneAndKeepsTheRuleEvidence()
    {
        // Act
        var pinned = EditorDecisions.Apply([Rule("ISO 1", "sec.a")], [Decision("ISO 1", "sec.a", DecisionKind.Pin, T1)]).Single();

        // Assert
        (pinned.Score, pinned.Pinned).ShouldBe((1.0, true));
        pinned.Evidence.Select(e => (e.Kind, e.RuleId, e.Detail)).ShouldBe([(EvidenceKind.Rule, "sec.a#1", "title:threat"), (EvidenceKind.Editor, "editor:alice", "pinned by an editor")]);
    }

    [Theory]
    [InlineData(DecisionKind.Pin, DecisionKind.Reject, false)]
    [InlineData(DecisionKind.Reject, DecisionKind.Pin, true)]
    public void Apply_TwoDecisionsOnOnePair_TheLatestWinsWhateverTheListOrder(DecisionKind earlier, DecisionKind later, bool kept)
    {
        // Arrange: the later decision comes first in the list.
        EditorDecision[] decisions = [Decision("ISO 1", "sec.a", later, T1.AddHours(1)), Decision("ISO 1", "sec.a", earlier, T1)];

        // Act
        var assignments = EditorDecisions.Apply([Rule("ISO 1", "sec.a")], decisions);

        // Assert
        assignments.Any(a => a.TopicId == "sec.a").ShouldBe(kept);
    }

    [Fact]
    public void Apply_Assignments_SortedByDocumentThenTopic()
    {
        // Arrange
        TopicAssignment[] rules = [Rule("ITU-T X.1", "sec.b"), Rule("ISO 2", "sec.b"), Rule("ISO 2", "sec.a")];

        // Act
        var assignments = EditorDecisions.Apply(rules, [Decision("ISO 10", "sec.c", DecisionKind.Pin, T1)]);

        // Assert
        assignments.Select(a => $"{a.DocumentKey}|{a.TopicId}").ShouldBe(["ISO 10|sec.c", "ISO 2|sec.a", "ISO 2|sec.b", "ITU-T X.1|sec.b"]);
    }

    private static TopicAssignment Rule(string key, string topic) =>
        new() { DocumentKey = key, TopicId = topic, Score = 0.6, Evidence = [RuleEvidence] };

    private static EditorDecision Decision(string key, string topic, DecisionKind kind, DateTimeOffset at, string? note = null) =>
        new() { DocumentKey = key, TopicId = topic, Kind = kind, Editor = "editor:alice", At = at, Note = note };
}
