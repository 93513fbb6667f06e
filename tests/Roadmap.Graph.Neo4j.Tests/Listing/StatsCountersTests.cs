using Roadmap.Core.Documents;
using Roadmap.Graph.Neo4j.Listing;
using Roadmap.TestKit;

namespace Roadmap.Graph.Neo4j.Tests.Listing;

public sealed class StatsCountersTests
{
    [Fact]
    public void Deltas_NewDocument_CountsItsGroups()
    {
        // Arrange
        var added = Builders.Iso("ISO 1", "One", committee: "ISO/TC 1");

        // Act
        var deltas = Read(StatsCounters.Deltas([(null, added)]));

        // Assert
        deltas.ShouldContainKeyAndValue((StatsCounters.Body, "ISO"), 1);
        deltas.ShouldContainKeyAndValue((StatsCounters.Stage, "Published"), 1);
        deltas.ShouldContainKeyAndValue((StatsCounters.Committee, "ISO/TC 1"), 1);
        deltas.ShouldContainKeyAndValue((StatsCounters.InForce, "ISO"), 1);
        deltas.ShouldNotContainKey((StatsCounters.InForceWithoutCommittee, "ISO"));
    }

    [Fact]
    public void Deltas_CommitteeChange_MovesOneCountAndLeavesTheRest()
    {
        var before = Builders.Iso("ISO 1", "One", committee: "ISO/TC 1");
        var after = before with { CommitteeKey = "ISO/TC 2" };

        var deltas = Read(StatsCounters.Deltas([(before, after)]));

        deltas.ShouldBe(new Dictionary<(string, string), long> { [(StatsCounters.Committee, "ISO/TC 1")] = -1, [(StatsCounters.Committee, "ISO/TC 2")] = 1 });
    }

    [Fact]
    public void Deltas_Withdrawn_LeavesInForce()
    {
        var before = Builders.Iso("ISO 1", "One");
        var after = Builders.Iso("ISO 1", "One", stageCode: "95.99");

        var deltas = Read(StatsCounters.Deltas([(before, after)]));

        deltas.ShouldContainKeyAndValue((StatsCounters.InForce, "ISO"), -1);
        deltas.ShouldContainKeyAndValue((StatsCounters.Stage, "Published"), -1);
    }

    private static Dictionary<(string, string), long> Read(List<object?> rows) =>
        rows.Cast<Dictionary<string, object?>>().ToDictionary(r => ((string)r["group"]!, (string)r["name"]!), r => (long)r["n"]!);
}
