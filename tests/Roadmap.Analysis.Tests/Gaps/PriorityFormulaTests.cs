using Roadmap.Analysis.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Tests.Gaps;

public sealed class PriorityFormulaTests
{
    [Theory]
    [InlineData(GapKind.NoCoverage, 1.0, 0, 0, null, false, 100.0)] // every term at 1
    [InlineData(GapKind.NoCoverage, 0.8, 0, 0, null, false, 80.0)]
    [InlineData(GapKind.Thin, 1.0, 1, 1, 2.0, false, 59.8)] // 100 × (0.4 × 0.6 + 0.2 × 2/3 + 0.15 × 2/3 + 0.15 × 2/12 + 0.1)
    [InlineData(GapKind.SingleBody, 1.0, 3, 1, 1.0, true, 31.3)] // 100 × (0.4 × 0.5 + 0 + 0.15 × 2/3 + 0.15 × 1/12 + 0)
    [InlineData(GapKind.ParallelUncoordinated, 1.0, 6, 4, 30.0, true, 35.0)] // N and D floor at 0, S caps at 1
    [InlineData(GapKind.AboutToGoStale, 0.0, 0, 0, null, false, 0.0)] // weight 0: no priority at all
    public void Compute_Inputs_ScoreFollowsTheWrittenFormula(GapKind kind, double weight, int normative, int bodies, double? age, bool work, double expected)
    {
        // Act
        var priority = PriorityFormula.Compute(kind, weight, normative, 3, bodies, age, 6, work);

        // Assert
        priority.Score.ShouldBe(expected);
    }

    [Fact]
    public void Compute_SameTopicDifferentKinds_RankApartByKind()
    {
        // Act
        var thin = PriorityFormula.Compute(GapKind.Thin, 0.9, 1, 3, 1, 2, 6, false);
        var single = PriorityFormula.Compute(GapKind.SingleBody, 0.9, 1, 3, 1, 2, 6, false);

        // Assert
        thin.Score.ShouldBeGreaterThan(single.Score);
    }

    [Fact]
    public void Compute_StaleTopic_TermsCarryValuesCoefficientsAndExplanations()
    {
        // Act
        var priority = PriorityFormula.Compute(GapKind.StaleOnly, 0.8, 2, 3, 1, 9.0, 6, workInDevelopment: true);

        // Assert
        priority.Terms.ShouldBe(
        [
            new PriorityTerm("W", 0.8, 100, "topic weight from the taxonomy"),
            new PriorityTerm("K", 0.6, 0.40, "severity of a StaleOnly finding"),
            new PriorityTerm("N", 0.333, 0.20, "2 normative documents in force (3 or more count as covered)"),
            new PriorityTerm("D", 0.667, 0.15, "1 body with documents in force (3 or more count as diverse)"),
            new PriorityTerm("S", 0.75, 0.15, "newest document in force is 9.0 years old (stale after 6)"),
            new PriorityTerm("P", 0.0, 0.10, "work is in development"),
        ]);
    }

    [Fact]
    public void Compute_AnyInput_FormulaTextMatchesTheCoefficients()
    {
        // Act
        var priority = PriorityFormula.Compute(GapKind.Thin, 0.5, 0, 3, 0, null, 6, false);

        // Assert
        priority.Formula.ShouldBe("priority = 100 × W × (0.40 × K + 0.20 × N + 0.15 × D + 0.15 × S + 0.10 × P)");
        (PriorityFormula.KindCoefficient + PriorityFormula.NormativeCoefficient + PriorityFormula.DiversityCoefficient + PriorityFormula.StalenessCoefficient + PriorityFormula.PipelineCoefficient).ShouldBe(1.0, 1e-9);
    }
}
