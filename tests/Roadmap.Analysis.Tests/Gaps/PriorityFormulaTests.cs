using Roadmap.Analysis.Gaps;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Tests.Gaps;

public sealed class PriorityFormulaTests
{
    [Theory]
    [InlineData(1.0, false, null, 6, 0, 75.0)] // A = 1, S = 1 (nothing in force), B = 0
    [InlineData(0.8, false, null, 6, 2, 70.0)] // 80 × (0.45 + 0.30 + 0.25 × 2/4)
    [InlineData(1.0, true, 9.0, 6, 4, 47.5)] // 100 × (0.30 × 9/12 + 0.25 × 1)
    [InlineData(1.0, true, 3.0, 6, 0, 7.5)] // S = 3 / (2 × 6)
    [InlineData(1.0, true, 6.0, 3, 0, 30.0)] // a shorter stale age makes the same age count more
    [InlineData(0.5, true, 30.0, 6, 9, 27.5)] // S and B are capped at 1
    [InlineData(1.0, true, -2.0, 6, 0, 0.0)] // a negative age clamps S to 0
    [InlineData(0.0, false, null, 6, 4, 0.0)] // weight 0: no priority at all
    public void Compute_Inputs_ScoreFollowsTheWrittenFormula(double weight, bool anyWork, double? age, int staleAfterYears, int bodies, double expected)
    {
        // Act
        var priority = PriorityFormula.Compute(weight, anyWork, age, staleAfterYears, bodies);

        // Assert
        priority.Score.ShouldBe(expected);
    }

    [Fact]
    public void Compute_StaleDocumentAndBusySiblings_TermsCarryValuesCoefficientsAndExplanations()
    {
        // Act
        var priority = PriorityFormula.Compute(0.8, anyWork: true, newestAgeYears: 8.99932, staleAfterYears: 6, bodiesElsewhere: 3);

        // Assert
        priority.Score.ShouldBe(33.0); // 80 × (0.30 × 0.74994 + 0.25 × 0.75) = 32.9986
        priority.Terms.ShouldBe(
        [
            new PriorityTerm("W", 0.8, 100, "topic weight from the taxonomy"),
            new PriorityTerm("A", 0.0, 0.45, "some document is in force or in development"),
            new PriorityTerm("S", 0.75, 0.30, "newest document in force is 9.0 years old (stale after 6)"),
            new PriorityTerm("B", 0.75, 0.25, "3 bodies active in sibling topics"),
        ]);
    }

    [Fact]
    public void Compute_NothingInForceOrInDevelopment_AbsenceAndStalenessAreFull()
    {
        // Act
        var priority = PriorityFormula.Compute(1.0, anyWork: false, newestAgeYears: null, staleAfterYears: 6, bodiesElsewhere: 0);

        // Assert
        priority.Terms.Select(t => (t.Name, t.Value)).ShouldBe([("W", 1.0), ("A", 1.0), ("S", 1.0), ("B", 0.0)]);
        priority.Terms[1].Explanation.ShouldBe("no document in force and nothing in development");
        priority.Terms[2].Explanation.ShouldBe("no document in force");
    }

    [Fact]
    public void Compute_AnyInput_FormulaTextMatchesTheCoefficients()
    {
        // Act
        var priority = PriorityFormula.Compute(0.5, anyWork: false, newestAgeYears: null, staleAfterYears: 6, bodiesElsewhere: 1);

        // Assert
        priority.Formula.ShouldBe("priority = 100 × W × (0.45 × A + 0.30 × S + 0.25 × B)");
        (PriorityFormula.AbsenceCoefficient, PriorityFormula.StalenessCoefficient, PriorityFormula.ActivityCoefficient).ShouldBe((0.45, 0.30, 0.25));
        PriorityFormula.BodiesForFullActivity.ShouldBe(4);
    }
}
