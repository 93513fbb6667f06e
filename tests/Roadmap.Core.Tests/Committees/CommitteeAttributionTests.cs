using Roadmap.Core.Committees.Attribution;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Tests.Committees;

public sealed class CommitteeAttributionTests
{
    [Theory]
    [InlineData("ITU-T X.1401", "2019-11-29", "ITU-T Q14/17", "x-dlt-security")]
    [InlineData("ITU-T X.1418", "2026-06-10", "ITU-T Q14/17", "x-dlt-security")]
    [InlineData("ITU-T X.1500 (2011) Amd. 1", "2011-09-02", "ITU-T SG17", "x-security")]
    [InlineData("ITU-T F.751.2", "2020-09-13", "ITU-T SG16", "f-multimedia-sg16")]
    [InlineData("ITU-T F.751.2", "2025-03-01", "ITU-T SG21", "f-multimedia-sg21")]
    [InlineData("ITU-T Y.4464", "2020-01-13", "ITU-T SG20", "y-iot")]
    [InlineData("ITU-T Y.3500", "2014-08-29", "ITU-T SG13", "y-cloud")]
    [InlineData("ITU-T Y.2060", "2012-06-15", "ITU-T SG13", "y-ngn")]
    public void Find_BundledTable_NarrowestRuleOfTheEditionsStudyPeriod(string key, string approved, string committee, string rule)
    {
        // Act
        var found = CommitteeAttribution.ItuT.Find(key, PartialDate.Parse(approved));

        // Assert
        found.ShouldNotBeNull();
        (found.Committee, found.Id).ShouldBe((committee, rule));
    }

    [Theory]
    [InlineData("ITU-T Y Suppl. 103")] // no number to place it by
    [InlineData("ITU-T Z.99")] // below the Z.100 range
    [InlineData("ITU-T EMC-3 (1974) Amd. 1")]
    public void Find_NoRangeApplies_Null(string key) =>
        CommitteeAttribution.ItuT.Find(key, PartialDate.Parse("2020-01-01")).ShouldBeNull();

    [Fact]
    public void Apply_NoStatedCommittee_InfersItWithItsRuleAndTheQuestionsParent()
    {
        // Arrange
        var edition = Edition(committee: null);

        // Act
        var (inferred, committees) = CommitteeAttribution.ItuT.Apply("ITU-T", "ITU-T X.1401", edition);

        // Assert
        (inferred.CommitteeKey, inferred.CommitteeInferredBy).ShouldBe(("ITU-T Q14/17", "itu-t-attribution:x-dlt-security"));
        committees.Select(c => (c.Key, c.ParentKey)).ShouldBe([("ITU-T Q14/17", "ITU-T SG17"), ("ITU-T SG17", null)]);
    }

    [Fact]
    public void Apply_CommitteeStatedBySource_Wins()
    {
        // Act
        var (kept, committees) = CommitteeAttribution.ItuT.Apply("ITU-T", "ITU-T X.1401", Edition(committee: "ITU-T SG2"));

        // Assert
        (kept.CommitteeKey, kept.CommitteeInferredBy).ShouldBe(("ITU-T SG2", null));
        committees.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_AnotherBody_Untouched() =>
        CommitteeAttribution.ItuT.Apply("ISO", "ITU-T X.1401", Edition(committee: null)).Edition.CommitteeKey.ShouldBeNull();

    [Fact]
    public void Create_StatedCommitteeOfAnyEdition_WinsOverAnInferredOne()
    {
        // Arrange: the current edition's committee is inferred, an older edition's is stated.
        var current = Edition(committee: "ITU-T Q14/17", id: "ITU-T X.1 (2020)", published: "2020-01-01") with { CommitteeInferredBy = "itu-t-attribution:x" };
        var older = Edition(committee: "ITU-T SG17", id: "ITU-T X.1 (2010)", published: "2010-01-01");

        // Act
        var document = DocumentEditions.Create("ITU-T X.1", "ITU-T", DocumentKind.Recommendation, [current, older]);

        // Assert
        (document.CommitteeKey, document.CommitteeInferredBy).ShouldBe(("ITU-T SG17", null));
    }

    [Theory]
    [InlineData("rule,series,first,last,from,until,committee,note\nx,X,9,1,,,ITU-T SG17,n", "line 2 (x): first and last")]
    [InlineData("rule,series,first,last,from,until,committee,note\nx,X,1,9,2031-2034,,ITU-T SG17,n", "unknown or reversed study periods")]
    [InlineData("rule,series,first,last,from,until,committee,note\nx,X,1,9,,,ISO/TC 307,n", "an ITU-T committee")]
    [InlineData("rule,series,first,last,from,until,committee,note\nx,X,1,9,,,ITU-T SG17,n\nx,X,1,9,,,ITU-T SG17,n", "rule 'x' is defined twice")]
    public void Parse_BadLine_NamesIt(string csv, string message) =>
        Should.Throw<InvalidDataException>(() => CommitteeAttribution.Parse(csv)).Message.ShouldContain(message);

    [Theory]
    [InlineData("2016-11-03", "2013-2016")]
    [InlineData("2016-11-04", "2017-2020")]
    [InlineData("2021-12-31", "2017-2020")] // WTSA-20 was postponed to March 2022
    [InlineData("2024-10-25", "2025-2028")]
    [InlineData(null, "2025-2028")] // undated: the newest period
    public void IndexOf_ApprovalDate_ItsStudyPeriod(string? approved, string period) =>
        ItuStudyPeriods.LabelOf(ItuStudyPeriods.IndexOf(approved is null ? null : PartialDate.Parse(approved))).ShouldBe(period);

    private static Edition Edition(string? committee, string id = "ITU-T X.1401 (11/2019)", string published = "2019-11-29") => new()
    {
        Id = id,
        Title = "Security threats of distributed ledger technology",
        Lifecycle = ItuStatuses.Map("In force"),
        Published = PartialDate.Parse(published),
        CommitteeKey = committee,
    };
}
