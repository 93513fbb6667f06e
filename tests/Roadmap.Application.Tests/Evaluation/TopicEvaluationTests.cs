using Roadmap.Application.Evaluation;

namespace Roadmap.Application.Tests.Evaluation;

public sealed class TopicEvaluationTests
{
    [Fact]
    public void Evaluate_MixedAgreement_CountsAssignmentsDocumentsAndPrimaries()
    {
        // Arrange: A right on both leaves (primary wrong), B misses one leaf, C (out of scope) wrongly classified, D missed.
        TopicLabel[] labels =
        [
            new("A", true, "t.one", ["t.two"], null),
            new("B", true, "t.one", ["t.three"], null),
            new("C", false, null, [], null),
            new("D", true, "t.two", [], null),
        ];
        var product = new Dictionary<string, DocumentTopics>
        {
            ["A"] = new("t.two", new HashSet<string> { "t.one", "t.two" }),
            ["B"] = new("t.one", new HashSet<string> { "t.one" }),
            ["C"] = new("t.one", new HashSet<string> { "t.one" }),
        };

        // Act
        var scores = TopicEvaluation.Evaluate(labels, product, new HashSet<string> { "A", "B", "C" });

        // Assert
        scores.AssignmentPrecision.ShouldBe(new Ratio(3, 4));
        scores.AssignmentRecall.ShouldBe(new Ratio(3, 5));
        scores.DocumentPrecision.ShouldBe(new Ratio(2, 3));
        scores.DocumentRecall.ShouldBe(new Ratio(2, 3));
        scores.PrimaryAccuracy.ShouldBe(new Ratio(1, 3));
        scores.Errors.Select(e => (e.Key, e.Kind, e.Topic)).ShouldBe(
        [
            ("A", "primary", "t.two"),
            ("B", "missed", "t.three"),
            ("C", "wrong", "t.one"),
            ("D", "missed", "t.two"),
        ]);
        scores.Errors[^1].Detail.ShouldBe("not in the graph");
    }

    [Fact]
    public void Ratio_NothingCounted_HasNoValue()
    {
        // Assert
        new Ratio(0, 0).Value.ShouldBeNull();
        new Ratio(0, 0).ToString().ShouldBe("n/a (0/0)");
        new Ratio(2, 3).ToString().ShouldBe("0.667 (2/3)");
    }
}
