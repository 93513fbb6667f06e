using Roadmap.Ingest.Catalogue;

namespace Roadmap.Ingest.Tests.Catalogue;

public sealed class CatalogueMapperAttributionTests
{
    private static readonly ImportContext Context = new("test", new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Map_ItuLineWithoutCommittee_InfersItFromTheTableAndMarksIt()
    {
        // Act
        var mapped = new CatalogueMapper().Map(Line("X.1401", "null"), Context);

        // Assert
        var document = mapped.Document.ShouldNotBeNull();
        (document.CommitteeKey, document.CommitteeInferredBy).ShouldBe(("ITU-T Q14/17", "itu-t-attribution:x-dlt-security"));
        mapped.Committees.Select(c => c.Key).ShouldBe(["ITU-T Q14/17", "ITU-T SG17"]);
    }

    [Fact]
    public void Map_ItuLineWithCommittee_KeepsTheStatedOne()
    {
        // Act
        var document = new CatalogueMapper().Map(Line("X.1401", "\"SG2\""), Context).Document.ShouldNotBeNull();

        // Assert
        (document.CommitteeKey, document.CommitteeInferredBy).ShouldBe(("ITU-T SG2", null));
    }

    [Fact]
    public void Map_ItuLineOutsideEveryRange_StaysWithoutCommittee()
    {
        // Act: no line of the table covers the V series.
        var mapped = new CatalogueMapper().Map(Line("V.24", "null"), Context);

        // Assert: an unknown committee stays unknown, never a pseudo-committee.
        mapped.Document.ShouldNotBeNull().CommitteeKey.ShouldBeNull();
        mapped.Committees.ShouldBeEmpty();
    }

    private static string Line(string number, string committee) =>
        $$"""{"sdo":"ITU-T","designation":"ITU-T {{number}}","docid":"ITU-T {{number}} (11/2019)","edition":"11/2019","type":"recommendation","title":"Some title","status":null,"date":"2019-11-29","committee":{{committee}},"url":null,"abstract":null,"relations":[],"source":"test"}""";
}
