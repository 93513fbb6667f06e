using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Crawlers.Iso.Parsers;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Tests.Parsing;

public sealed class IsoParserTests
{
    [Fact]
    public void Parse_RealIso123Page_ReadsEveryFieldOnThePage()
    {
        // Arrange
        var html = Pages.Real("iso/iso_123.html");

        // Act
        var page = new IsoStandardParser().Parse(html, new Uri("https://www.iso.org/standard/23281.html"));

        // Assert
        page.Problems.ShouldBeEmpty();
        var document = page.Documents.ShouldHaveSingleItem();
        document.Key.ShouldBe("ISO 123");
        document.Body.ShouldBe("ISO");
        document.Kind.ShouldBe(DocumentKind.Standard);
        document.Designation.ShouldBe("ISO 123:2001");
        document.Title.ShouldBe("Rubber latex — Sampling");
        document.Lifecycle.ShouldBe(new DocumentLifecycle(LifecycleStage.Published, IsoStages.Scheme, "90.93"));
        document.Published.ShouldBe(new PartialDate(2001, 5));
        document.CommitteeKey.ShouldBe("ISO/TC 45/SC 3");
        document.Ics.ShouldBe(["83.040.10"]);
        var edition = document.Editions.ShouldHaveSingleItem();
        edition.Label.ShouldBe("3");
        edition.SourceId.ShouldBe("iso:23281");
        edition.Url.ShouldBe("https://www.iso.org/standard/23281.html");
        page.Facts["status"].ShouldBe("Published");
        page.Committees.Select(c => c.Key).ShouldBe(["ISO/TC 45/SC 3", "ISO/TC 45"]);
        page.Committees[0].SourceId.ShouldBe("48716");
        page.Relations.ShouldBeEmpty("'Previously' is ISO 123:1985, an earlier edition of the same document");
        edition.Stages.Count.ShouldBe(27, "every dated stage of the life cycle, the group headings (20, 30 …) left out");
        edition.Stages[0].ShouldBe(new StageStep(IsoStages.Map("20.00"), PartialDate.Parse("1993-08-15")));
        edition.Stages.Single(s => s.Lifecycle.Code == "60.60").Date.ShouldBe(PartialDate.Parse("2001-05-31"));
        edition.Stages.ShouldBeInOrder(SortDirection.Ascending, Comparer<StageStep>.Create((a, b) => a.Date.CompareTo(b.Date)));
    }

    [Fact]
    public void Parse_StandardPageWithoutTheStage_ReportsTheSelector()
    {
        // Arrange
        var html = Pages.Real("iso/iso_123.html").Replace("id=\"stageId\"", "id=\"stage-renamed\"", StringComparison.Ordinal);

        // Act
        var page = new IsoStandardParser().Parse(html, new Uri("https://www.iso.org/standard/23281.html"));

        // Assert
        page.Failed.ShouldBeTrue();
        page.Documents.ShouldBeEmpty();
        page.Problems.ShouldContain(p => p.Selector == "#stageId a");
    }

    [Fact]
    public void Parse_CatalogueFixture_LinksEveryStandardRow()
    {
        // Arrange
        var html = Pages.Fixture("iso_catalogue_6266604.fixture-from-documented-structure.html");

        // Act
        var page = new IsoCatalogueParser().Parse(html, new Uri("https://www.iso.org/committee/6266604/x/catalogue/p/1/u/1/w/0/d/0"));

        // Assert
        page.Problems.ShouldBeEmpty();
        page.ListedItems.ShouldBe(3);
        page.Links.Select(l => l.Url.AbsoluteUri).ShouldBe([
            "https://www.iso.org/standard/90201.html", "https://www.iso.org/standard/90202.html", "https://www.iso.org/standard/90203.html"]);
        page.Links.ShouldAllBe(l => l.Kind == PageKinds.IsoStandard);
    }

    [Fact]
    public void Parse_CatalogueWithoutItsTable_IsLayoutDrift()
    {
        // Act
        var page = new IsoCatalogueParser().Parse("<html><body><table id='projects'></table></body></html>", new Uri("https://www.iso.org/committee/1/x/catalogue/"));

        // Assert
        page.Failed.ShouldBeTrue();
        page.Problems.ShouldHaveSingleItem().Selector.ShouldBe("#datatable-tc-projects");
    }
}
