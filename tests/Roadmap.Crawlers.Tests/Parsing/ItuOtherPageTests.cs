using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Crawlers.Itu.Parsers;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Tests.Parsing;

public sealed class ItuOtherPageTests
{
    [Fact]
    public void Parse_RealLegacyPage_ReadsTitleApprovalStatusAndEditionFromTheUrl()
    {
        // Arrange
        var html = Pages.Real("itu/T-REC-G.Imp712-200004-I.html");

        // Act
        var page = new ItuLegacyRecParser().Parse(html, new Uri("https://www.itu.int/rec/T-REC-G.Imp712-200004-I"));

        // Assert
        page.Problems.ShouldBeEmpty();
        var document = page.Documents.ShouldHaveSingleItem();
        document.Key.ShouldBe("ITU-T G.Imp712");
        document.Designation.ShouldBe("ITU-T G.Imp712 (04/2000)");
        document.Title.ShouldBe("Implementers' Guide for Recommendation ITU-T G.712");
        document.Lifecycle.Stage.ShouldBe(LifecycleStage.Published);
        document.Published.ShouldBe(new PartialDate(2000, 4, 14));
    }

    [Fact]
    public void Parse_LegacyPageNamesNoStudyGroup_CommitteeInferredFromTheAttributionTable()
    {
        // Arrange: the legacy page layout never names a study group; the URL makes it an X.1401 edition approved in 2000.
        var html = Pages.Real("itu/T-REC-G.Imp712-200004-I.html");

        // Act
        var page = new ItuLegacyRecParser().Parse(html, new Uri("https://www.itu.int/rec/T-REC-X.1401-200004-I"));

        // Assert: in 2000 the X.1400 block was not yet Q14/17's, so the study-group line applies.
        var document = page.Documents.ShouldHaveSingleItem();
        (document.CommitteeKey, document.CommitteeInferredBy).ShouldBe(("ITU-T SG17", "itu-t-attribution:x-security"));
        page.Committees.ShouldHaveSingleItem().Key.ShouldBe("ITU-T SG17");
    }

    [Fact]
    public void Parse_RealSummaryPageInWindows1252_ReadsDesignationTitleAndSummary()
    {
        // Arrange
        var html = Pages.Real("itu/T-REC-Y.3500-201408-I!!SUM-HTM-E.htm");

        // Act
        var page = new ItuSummaryParser().Parse(html, new Uri("https://www.itu.int/dms_pubrec/itu-t/rec/y/T-REC-Y.3500-201408-I!!SUM-HTM-E.htm"));

        // Assert
        page.Problems.ShouldBeEmpty();
        page.Facts["designation"].ShouldBe("ITU-T Y.3500 (08/2014)");
        page.Facts["title"].ShouldBe("Information technology – Cloud computing – Overview and vocabulary");
        page.Facts["summary"].ShouldStartWith("This Recommendation | International Standard provides an overview of cloud computing");
        page.Facts["summary"].ShouldContain("–"); // the en dash survives the windows-1252 decoding
    }

    [Theory]
    [InlineData("itu/GlobalSearch_RunSearch__ITU-T_G.Imp712.json", 1, "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=15261&lang=en")]
    [InlineData("itu/GlobalSearch_RunSearch__ITU-T_Y.3500.json", 20, "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=13829&lang=en")]
    public void Parse_RealSearchResponse_LinksEachHitToItsRecPage(string file, int hits, string firstLink)
    {
        // Arrange
        var json = Pages.Real(file);

        // Act
        var page = new ItuSearchParser().Parse(json, new Uri("https://www.itu.int/net4/ITU-T/search/GlobalSearch/RunSearch"));

        // Assert
        page.Problems.ShouldBeEmpty();
        page.Links.Count.ShouldBe(hits);
        page.Links[0].Url.AbsoluteUri.ShouldBe(firstLink);
        page.Links[0].Kind.ShouldBe(PageKinds.ItuRec);
    }

    [Fact]
    public void Parse_SeriesListingFixture_LinksEveryRowWithItsKindAndLabel()
    {
        // Arrange
        var html = Pages.Fixture("T-REC-X_en.fixture-from-documented-structure.html");

        // Act
        var page = new ItuSeriesParser().Parse(html, new Uri("https://www.itu.int/rec/T-REC-X/en"));

        // Assert
        page.Problems.ShouldBeEmpty();
        page.ListedItems.ShouldBe(4);
        page.Links.Select(l => l.Kind).ShouldBe([PageKinds.ItuRec, PageKinds.ItuRec, PageKinds.ItuRecLegacy, PageKinds.ItuSeries]);
        page.Links[1].Url.AbsoluteUri.ShouldBe("https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=90102&lang=en");
        page.Links[1].Label!.ShouldStartWith("X.1401 Fixture threats");
    }

    [Fact]
    public void Parse_WorkProgrammeFixture_LinksEachWorkItemAndTheNextPage()
    {
        // Arrange
        var html = Pages.Fixture("wp_search.aspx_sg=17.fixture-from-documented-structure.html");

        // Act
        var page = new ItuWorkProgrammeParser().Parse(html, new Uri("https://www.itu.int/ITU-T/workprog/wp_search.aspx?sg=17"));

        // Assert
        page.Problems.ShouldBeEmpty();
        page.ListedItems.ShouldBe(3);
        page.Links.Count(l => l.Kind == PageKinds.ItuWorkItem).ShouldBe(3);
        page.Links[0].Url.AbsoluteUri.ShouldBe("https://www.itu.int/ITU-T/workprog/wp_item.aspx?isn=90001");
        page.Links.ShouldContain(l => l.Kind == PageKinds.ItuWorkProgramme && l.Url.Query.Contains("page=2"));
    }

    [Fact]
    public void Parse_WorkItemFixture_YieldsAnUnderStudyWorkItemOfItsQuestion()
    {
        // Arrange
        var html = Pages.Fixture("wp_item.aspx_isn=90001.fixture-from-documented-structure.html");

        // Act
        var page = new ItuWorkItemParser().Parse(html, new Uri("https://www.itu.int/ITU-T/workprog/wp_item.aspx?isn=90001"));

        // Assert
        page.Problems.ShouldBeEmpty();
        var document = page.Documents.ShouldHaveSingleItem();
        document.Key.ShouldBe("ITU-T X.fixture-dlt-1");
        document.Kind.ShouldBe(DocumentKind.WorkItem);
        document.Title.ShouldBe("Fixture title for a distributed ledger work item");
        document.Lifecycle.Stage.ShouldBe(LifecycleStage.InDevelopment);
        document.CommitteeKey.ShouldBe("ITU-T Q14/17");
        document.Editions[0].SourceId.ShouldBe("itu-t-wi:90001");
        page.Committees.Select(c => c.Key).ShouldBe(["ITU-T Q14/17", "ITU-T SG17"]);
        page.Facts["timing"].ShouldBe("2026-09");
        page.Facts["editors"].ShouldBe("Fixture Editor");
    }

    [Fact]
    public void Parse_WorkItemWithRegistrationDate_StartsItsStageHistory()
    {
        // Arrange
        var html = Pages.Fixture("wp_item.aspx_isn=90001.fixture-from-documented-structure.html")
            .Replace("<tr><td class=\"label\">Timing:</td>", "<tr><td class=\"label\">Registered:</td><td>2019-03-28</td></tr><tr><td class=\"label\">Timing:</td>", StringComparison.Ordinal);

        // Act
        var page = new ItuWorkItemParser().Parse(html, new Uri("https://www.itu.int/ITU-T/workprog/wp_item.aspx?isn=90001"));

        // Assert
        var step = page.Documents.ShouldHaveSingleItem().Editions[0].Stages.ShouldHaveSingleItem();
        (step.Lifecycle.Stage, step.Date).ShouldBe((LifecycleStage.InDevelopment, PartialDate.Parse("2019-03-28")));
        page.Relations.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ApprovedWorkItem_IsReplacedByItsRecommendation()
    {
        // Arrange
        var html = Pages.Fixture("wp_item.aspx_isn=90001.fixture-from-documented-structure.html")
            .Replace("Under study", "Approved", StringComparison.Ordinal)
            .Replace("<tr><td class=\"label\">Timing:</td>", "<tr><td class=\"label\">Recommendation:</td><td><a href=\"/rec/T-REC-X.1401\">X.1401 (11/2019)</a></td></tr><tr><td class=\"label\">Timing:</td>", StringComparison.Ordinal);

        // Act
        var page = new ItuWorkItemParser().Parse(html, new Uri("https://www.itu.int/ITU-T/workprog/wp_item.aspx?isn=90001"));

        // Assert: the item is not a second text in force beside its Recommendation
        page.Documents.ShouldHaveSingleItem().Lifecycle.Stage.ShouldBe(LifecycleStage.Superseded);
        page.Relations.ShouldHaveSingleItem().ShouldBe(new DocumentRelation("ITU-T X.fixture-dlt-1", RelationType.ReplacedBy, "ITU-T X.1401") { Source = "itu-t-wp" });
    }

    [Fact]
    public void DefaultSeeds_EveryStudyGroupWithDltWork_HasItsWorkProgramme() =>
        new Roadmap.Crawlers.Itu.ItuSource().DefaultSeeds.Where(s => s.Kind == PageKinds.ItuWorkProgramme).Select(s => s.Url.Query)
            .ShouldBe(["?sg=13", "?sg=16", "?sg=17", "?sg=20", "?sg=21"]);
}
