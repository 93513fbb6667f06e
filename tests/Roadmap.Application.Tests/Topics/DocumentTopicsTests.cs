using Roadmap.Application.Topics;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Tests.Topics;

public sealed class DocumentTopicsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_RuleAndReject_RejectedRowComesLastWithItsRuleScore()
    {
        // Arrange
        TopicAssignment[] rules = [Rule("dlt", 0.4), Rule("security", 0.9)];
        EditorDecision[] decisions = [new() { DocumentKey = "K", TopicId = "security", Kind = DecisionKind.Reject, Editor = "alice", At = At }];

        // Act
        var rows = DocumentTopics.Of(rules, decisions);

        // Assert
        rows.Select(r => (r.TopicId, r.Rejected)).ShouldBe([("dlt", false), ("security", true)]);
        rows[1].Score.ShouldBe(0.9);
    }

    [Fact]
    public void Of_LaterDecisionWins()
    {
        EditorDecision[] decisions =
        [
            new() { DocumentKey = "K", TopicId = "dlt", Kind = DecisionKind.Reject, Editor = "alice", At = At },
            new() { DocumentKey = "K", TopicId = "dlt", Kind = DecisionKind.Pin, Editor = "bob", At = At.AddMinutes(1) },
        ];

        var row = DocumentTopics.Of([Rule("dlt", 0.4)], decisions).ShouldHaveSingleItem();

        row.Decision!.Editor.ShouldBe("bob");
        row.Rejected.ShouldBeFalse();
    }

    private static TopicAssignment Rule(string topic, double score) => new() { DocumentKey = "K", TopicId = topic, Score = score, Evidence = [] };
}
