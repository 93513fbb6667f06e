using Roadmap.Application.Evaluation;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Tests.Evaluation;

public sealed class GapEvaluationTests
{
    [Fact]
    public void Evaluate_Findings_PrecisionAndRecallByKindOnLabelledRowsOnly()
    {
        // Arrange
        GapLabel[] labels =
        [
            new("t.a", "THIN", true, []),
            new("t.b", "THIN", false, []),
            new("t.c", "THIN", true, []),
            new("t.a", "SINGLE_BODY", true, []),
        ];
        ProductFinding[] findings =
        [
            new("t.a", ["THIN"], ["X 1"]),
            new("t.b", ["THIN"], ["X 2"]),
            new("t.a", ["SINGLE_BODY"], ["X 1"]),
            new("t.z", ["STALE"], ["X 9"]), // unlabelled: not scored
        ];

        // Act
        var scores = GapEvaluation.Evaluate(labels, findings);

        // Assert
        scores.Precision.ShouldBe(new Ratio(2, 3));
        scores.Recall.ShouldBe(new Ratio(2, 3));
        scores.ByKind.Select(k => (k.Kind, k.Precision, k.Recall)).ShouldBe(
        [
            ("SINGLE_BODY", new Ratio(1, 1), new Ratio(1, 1)),
            ("THIN", new Ratio(1, 2), new Ratio(1, 2)),
        ]);
        scores.SameEvidence.ShouldHaveSingleItem().ShouldBe(["t.a THIN", "t.a SINGLE_BODY"]);
        scores.Disagreements.Select(d => (d.Topic, d.Kind, d.Expected)).ShouldBe([("t.b", "THIN", false), ("t.c", "THIN", true)]);
    }

    [Fact]
    public void Evaluate_OneFindingHoldingTwoKinds_CountsForEachAndIsNotWrittenTwice()
    {
        // Arrange
        GapLabel[] labels = [new("t.a", "THIN", true, []), new("t.a", "SINGLE_BODY", true, [])];
        ProductFinding[] findings = [new("t.a", ["THIN", "SINGLE_BODY"], ["X 1"])];

        // Act
        var scores = GapEvaluation.Evaluate(labels, findings);

        // Assert
        scores.Recall.ShouldBe(new Ratio(2, 2));
        scores.SameEvidence.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(GapKind.NoCoverage, null, "NO_COVERAGE")]
    [InlineData(GapKind.StaleOnly, null, "STALE")]
    [InlineData(GapKind.AboutToGoStale, null, "ABOUT_TO_GO_STALE")]
    [InlineData(GapKind.NoPerspectiveWork, "ITU-T", "NO_ITU_T_REC")]
    [InlineData(GapKind.NoPerspectiveWork, "ISO", "NO_ISO_IEC")]
    [InlineData(GapKind.NoSecurityCounterpart, null, "NO_SECURITY_COUNTERPART")]
    public void LabelCode_GapKind_InTheLabelsVocabulary(GapKind kind, string? perspective, string expected)
    {
        // Act
        var code = LabelEvaluator.LabelCode(kind, perspective);

        // Assert
        code.ShouldBe(expected);
    }
}
