using Roadmap.Ingest.Committees;

namespace Roadmap.Ingest.Tests.Committees;

public sealed class CommitteeMapperTests
{
    private static readonly ImportContext Context = new("test", new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Map_LineWithLiaisons_RegistryEntriesInPairOrder()
    {
        // Arrange
        const string line = """{"key":"ISO/TC 307","body":"ISO","title":null,"parent":null,"studyPeriod":null,"liaisons":[{"with":"ITU-T SG17","category":"A","since":"2017"},{"with":"ETSI ISG PDL","category":" ","note":"n"}]}""";

        // Act
        var mapped = new CommitteeMapper().Map(line, Context);

        // Assert
        mapped.Committees.ShouldHaveSingleItem().Key.ShouldBe("ISO/TC 307");
        mapped.Liaisons.Select(l => (l.FirstCommittee, l.SecondCommittee, l.Category, l.Since, l.Note)).ShouldBe(
        [
            ("ISO/TC 307", "ITU-T SG17", "A", "2017", null),
            ("ETSI ISG PDL", "ISO/TC 307", null, null, "n"),
        ]);
    }

    [Fact]
    public void Map_JointWorkingGroup_ItsTcIsTheParent() =>
        new CommitteeMapper().Map("""{"key":"ISO/TC 307/JWG 4","body":"ISO","title":null,"parent":null,"studyPeriod":null}""", Context)
            .Committees.ShouldHaveSingleItem().ParentKey.ShouldBe("ISO/TC 307");

    [Theory]
    [InlineData("""{"key":"ISO/TC 307","body":"ISO","liaisons":[{"with":"ISO/TC 307"}]}""")]
    [InlineData("""{"key":"ISO/TC 307","body":"ISO","liaisons":[{"category":"A"}]}""")]
    public void Map_LiaisonWithoutAnotherCommittee_Rejected(string line) =>
        new CommitteeMapper().Map(line, Context).Rejection.ShouldNotBeNull().ShouldContain("a liaison needs another committee");
}
