using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Crawlers.Itu.Parsers;

namespace Roadmap.Crawlers.Tests.Parsing;

public sealed class ItuRecParserTests
{
    private static readonly Uri Y3500 = new("https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=12210&lang=en");

    [Fact]
    public void Parse_RealY3500Page_ReadsEveryFieldOnThePage()
    {
        // Arrange
        var html = Pages.Real("itu/rec.aspx_lang=en_rec=12210__Y.3500.html");

        // Act
        var page = new ItuRecParser().Parse(html, Y3500);

        // Assert
        page.Problems.ShouldBeEmpty();
        var document = page.Documents.ShouldHaveSingleItem();
        document.Key.ShouldBe("ITU-T Y.3500");
        document.Body.ShouldBe("ITU-T");
        document.Kind.ShouldBe(DocumentKind.Recommendation);
        document.Designation.ShouldBe("ITU-T Y.3500 (08/2014)");
        document.Title.ShouldBe("Information technology – Cloud computing – Overview and vocabulary");
        document.Lifecycle.ShouldBe(new DocumentLifecycle(LifecycleStage.Published, ItuStatuses.Scheme, "In force"));
        document.Published.ShouldBe(new PartialDate(2014, 8, 13));
        document.CommitteeKey.ShouldBe("ITU-T SG13");
        document.Scope!.ShouldStartWith("This Recommendation | International Standard provides an overview of cloud computing");
        var edition = document.Editions.ShouldHaveSingleItem();
        edition.Label.ShouldBe("08/2014");
        edition.SourceId.ShouldBe("itu-t:12210");
        page.Committees.ShouldHaveSingleItem().Key.ShouldBe("ITU-T SG13");
        page.Relations.ShouldBe([new DocumentRelation("ITU-T Y.3500", RelationType.CommonText, "ISO/IEC 17788") { Source = "itu-t" }]);
        page.Links.ShouldBeEmpty("the editions tab lists only this edition, which is the page itself");
    }

    [Fact]
    public void Parse_RealImplementersGuidePage_ReadsDesignationStatusAndStudyGroup()
    {
        // Arrange
        var html = Pages.Real("itu/rec.aspx_lang=en_rec=15261__G.Imp712.html");

        // Act
        var page = new ItuRecParser().Parse(html, new Uri("https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=15261&lang=en"));

        // Assert
        page.Problems.ShouldBeEmpty();
        var document = page.Documents.ShouldHaveSingleItem();
        document.Designation.ShouldBe("ITU-T G.Imp712 (04/2000)");
        document.Title.ShouldBe("Implementers' Guide for Recommendation ITU-T G.712");
        document.Lifecycle.Code.ShouldBe("In force");
        document.Published.ShouldBe(new PartialDate(2000, 4, 14));
        document.CommitteeKey.ShouldBe("ITU-T SG21");
        document.Editions[0].SourceId.ShouldBe("itu-t:15261");
        page.Relations.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_PageWithoutTheMainInfoIds_ReportsTheFailedSelectorsAndYieldsNothing()
    {
        // Arrange
        var html = "<html><body><h2>ITU-T Y.3500 (08/2014)</h2><p>redesigned</p></body></html>";

        // Act
        var page = new ItuRecParser().Parse(html, Y3500);

        // Assert
        page.Failed.ShouldBeTrue();
        page.Documents.ShouldBeEmpty();
        page.Problems.Select(p => p.Selector).ShouldContain("#ctl00_content_main_uc_rec_main_info1_rpt_main_ctl00_lbl_rec");
        page.Problems.Select(p => p.Selector).ShouldContain("#ctl00_content_main_uc_rec_main_info1_rpt_main_ctl00_Label7");
    }
}
