using Roadmap.Core.Committees;
using Roadmap.Core.Graph;
using static Roadmap.TestKit.Builders;

namespace Roadmap.TestKit.Conformance;

/// <summary>Committee facts beyond the node: inferred attribution, committee-less documents in the statistics, the liaison registry.</summary>
public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task InferredCommittee_KeepsItsRuleOnDocumentAndEdition()
    {
        // Arrange
        var read = Edition("ITU-T X.1401 (11/2019)", "Security threats of distributed ledger technology", "In force", "2019-11-29", "ITU-T Q14/17");
        var edition = read with { CommitteeInferredBy = "itu-t-attribution:x-dlt-security" };

        // Act
        await UpsertAsync(Document("ITU-T X.1401", "ITU-T", Roadmap.Core.Documents.DocumentKind.Recommendation, edition));
        var stored = await Store.GetDocumentAsync("ITU-T X.1401", Ct);

        // Assert
        stored!.CommitteeKey.ShouldBe("ITU-T Q14/17");
        stored.CommitteeInferredBy.ShouldBe("itu-t-attribution:x-dlt-security");
        stored.Editions.ShouldHaveSingleItem().CommitteeInferredBy.ShouldBe("itu-t-attribution:x-dlt-security");
    }

    [Fact]
    public async Task Stats_InForceWithoutCommittee_CountsPerBodyOnlyDocumentsInForce()
    {
        // Arrange: ITU-T has one document in force with a committee, one in force without, one withdrawn without.
        await UpsertAsync(
            Itu("ITU-T X.1", "In force, SG17's"),
            Document("ITU-T X.2", "ITU-T", Roadmap.Core.Documents.DocumentKind.Recommendation, Edition("ITU-T X.2", "Withdrawn, nobody's", "Withdrawn", "2001-01", null)),
            Iso("ISO 1", "In force, TC 307's"));
        await Store.UpsertAsync(new GraphBatch { Documents = [Document("ITU-T X.3", "ITU-T", Roadmap.Core.Documents.DocumentKind.Recommendation, Edition("ITU-T X.3", "In force, nobody's", "In force", "2020-01", null))] }, At(1), Ct);

        // Act
        var stats = await Store.GetStatsAsync(Ct);

        // Assert
        stats.InForceWithoutCommittee.ShouldBe(new Dictionary<string, int> { ["ITU-T"] = 1 });
        stats.InForceByBody.ShouldBe(new Dictionary<string, int> { ["ITU-T"] = 2, ["ISO"] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public async Task Liaisons_AreStoredOncePerPairReplacedAndRemovedFromEitherSide()
    {
        // Arrange
        var tc307 = CommitteeLiaison.Create("ITU-T SG17", "ISO/TC 307", "A", null, "first word");
        var pdl = CommitteeLiaison.Create("ETSI ISG PDL", "ISO/TC 307");

        // Act
        await Store.UpsertAsync(new GraphBatch { Liaisons = [tc307, pdl] }, At(0), Ct);
        await Store.UpsertAsync(new GraphBatch { Liaisons = [CommitteeLiaison.Create("ISO/TC 307", "ITU-T SG17", "A", "2017")] }, At(1), Ct);
        var listed = await Store.ListLiaisonsAsync(Ct);
        var removed = await Store.RemoveLiaisonAsync("ISO/TC 307", "ETSI ISG PDL", Ct);
        var removedAgain = await Store.RemoveLiaisonAsync("ETSI ISG PDL", "ISO/TC 307", Ct);

        // Assert
        listed.Select(l => (l.FirstCommittee, l.SecondCommittee, l.Since)).ShouldBe([("ETSI ISG PDL", "ISO/TC 307", null), ("ISO/TC 307", "ITU-T SG17", "2017")]);
        listed[1].Note.ShouldBeNull();
        removed.ShouldBeTrue();
        removedAgain.ShouldBeFalse();
        (await Store.ListLiaisonsAsync(Ct)).ShouldHaveSingleItem().Id.ShouldBe("ISO/TC 307 ↔ ITU-T SG17");
    }
}
