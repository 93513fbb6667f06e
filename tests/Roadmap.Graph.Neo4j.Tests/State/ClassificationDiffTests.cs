using Roadmap.Graph.Neo4j.State;

namespace Roadmap.Graph.Neo4j.Tests.State;

public sealed class ClassificationDiffTests
{
    [Fact]
    public void Between_MixedChanges_WritesOnlyTheDifferenceAndReusesGoneNodes()
    {
        // Arrange: a stays, b changes score, c and d go, e comes.
        var stored = new Dictionary<string, (double, string)>(StringComparer.Ordinal)
        {
            ["a"] = (0.5, "[1]"),
            ["b"] = (0.5, "[1]"),
            ["c"] = (0.5, "[1]"),
            ["d"] = (0.5, "[1]"),
        };
        var wanted = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal)
        {
            ["a"] = Row("a", 0.5, "[1]"),
            ["b"] = Row("b", 0.7, "[1]"),
            ["e"] = Row("e", 0.5, "[2]"),
        };

        // Act
        var diff = ClassificationDiff.Between(stored, wanted);

        // Assert
        diff.Updated.Cast<Dictionary<string, object?>>().Select(r => r["pair"]).ShouldBe(["b"]);
        var rekeyed = diff.Rekeyed.Cast<Dictionary<string, object?>>().Single();
        (rekeyed["oldPair"], rekeyed["pair"]).ShouldBe(("c", "e"));
        diff.Deleted.ShouldBe(["d"]);
        diff.Created.ShouldBeEmpty();
    }

    [Fact]
    public void Between_MoreComingThanGoing_CreatesTheSurplus()
    {
        // Arrange
        var stored = new Dictionary<string, (double, string)>(StringComparer.Ordinal) { ["x"] = (0.1, "[]") };
        var wanted = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal) { ["y"] = Row("y", 0.1, "[]"), ["z"] = Row("z", 0.1, "[]") };

        // Act
        var diff = ClassificationDiff.Between(stored, wanted);

        // Assert
        diff.Rekeyed.Count.ShouldBe(1);
        diff.Created.Count.ShouldBe(1);
        diff.Deleted.ShouldBeEmpty();
        diff.Updated.ShouldBeEmpty();
    }

    private static Dictionary<string, object?> Row(string pair, double score, string evidence) =>
        new(StringComparer.Ordinal) { ["pair"] = pair, ["score"] = score, ["evidence"] = evidence };
}
