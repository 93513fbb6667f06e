using Roadmap.Application.Evaluation;

namespace Roadmap.Application.Tests.Evaluation;

public sealed class OverlapEvaluationTests
{
    [Fact]
    public void Evaluate_RankedPairs_PrecisionOverTheLabelledOnesRecallAndNegatives()
    {
        // Arrange: the product lists five pairs, one unlabelled and one in reverse order.
        OverlapLabel[] labels =
        [
            new("A", "B", "overlap", "same-subject"),
            new("C", "D", "related", "adjacent"),
            new("E", "F", "not", "shared-words"),
            new("G", "H", "overlap", "same-subject"),
            new("I", "J", "not", "shared-words"),
        ];
        (string, string)[] ranked = [("B", "A"), ("X", "Y"), ("C", "D"), ("E", "F"), ("K", "L")];

        // Act
        var scores = OverlapEvaluation.Evaluate(labels, ranked);

        // Assert
        scores.Listed.ShouldBe(5);
        scores.LabelledListed.ShouldBe(3);
        scores.PrecisionAt10.ShouldBe(new Ratio(1, 3));
        scores.LenientPrecisionAt10.ShouldBe(new Ratio(2, 3));
        scores.OverlapRecall.ShouldBe(new Ratio(1, 2));
        scores.NegativesListed.ShouldBe(new Ratio(1, 2));
        scores.Judged.Select(j => j.Rank).ShouldBe([1, 3, 4]);
        scores.MissedOverlaps.Select(m => (m.First, m.Second)).ShouldBe([("G", "H")]);
    }
}
