using OpenQA.Selenium;

namespace Roadmap.Ui.Tests;

public sealed class SearchPageTests(UiFixture ui)
{
    [Fact]
    public void Search_WithFacet_FollowsResultToItsDocument()
    {
        // Arrange
        var browser = ui.Start("#/search");
        browser.WaitForPage("search");

        // Act: search, narrow by the first body facet, open the first hit
        var box = browser.Find("#search-text");
        box.SendKeys("security");
        box.SendKeys(Keys.Enter);
        browser.Until(d => d.Url.Contains("q=security", StringComparison.Ordinal), "the query in the URL");
        var facet = browser.Find("a.facet-link[data-facet='BODY']");
        var body = facet.GetAttribute("data-value")!;
        facet.Click();
        browser.Until(d => d.Url.Contains("body=" + Uri.EscapeDataString(body), StringComparison.Ordinal), "the facet in the URL");
        browser.WaitForPage("search");
        var metas = browser.All("#hits .hit .meta").Select(m => m.Text).ToList();
        var first = browser.Find("#hits .hit a.designation");
        var designation = first.Text;
        first.Click();

        // Assert: every hit was of that body, and the document page shows the hit
        metas.ShouldNotBeEmpty();
        metas.ShouldAllBe(m => m.StartsWith(body, StringComparison.Ordinal));
        browser.WaitForPage("doc");
        browser.Find("#doc-designation").Text.ShouldBe(designation);
        browser.Find("#h-editions");
        browser.ConsoleErrors().ToList().ShouldBeEmpty();
    }

    [Fact]
    public void Search_FiltersInTheUrl_SurviveAReload()
    {
        // Arrange
        var browser = ui.Start("#/search?q=ledger&stage=PUBLISHED");
        browser.WaitForPage("search");
        var count = browser.Find("#result-count").Text;

        // Act
        browser.Reload();
        browser.WaitForPage("search");

        // Assert
        browser.Find("#search-text").GetAttribute("value").ShouldBe("ledger");
        browser.Find("#search-stage").GetAttribute("value").ShouldBe("PUBLISHED");
        browser.Find("#result-count").Text.ShouldBe(count);
        browser.All("#hits mark").ShouldNotBeEmpty("matches are highlighted");
    }

    [Fact]
    public void TypeAhead_ArrowAndEnter_OpensTheSuggestedDocument()
    {
        // Arrange
        var browser = ui.Start("#/search");
        var box = browser.Find("#search-text");

        // Act
        box.SendKeys("X.50");
        var suggestion = browser.Find(".suggestions [role='option']");
        var label = suggestion.FindElement(By.TagName("strong")).Text;
        box.SendKeys(Keys.ArrowDown);
        browser.Until(_ => box.GetAttribute("aria-activedescendant") is { Length: > 0 }, "a highlighted suggestion");
        box.SendKeys(Keys.Enter);

        // Assert
        browser.WaitForPage("doc");
        browser.Find("#doc-designation").Text.ShouldBe(label);
    }
}
