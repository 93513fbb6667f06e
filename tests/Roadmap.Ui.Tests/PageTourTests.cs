namespace Roadmap.Ui.Tests;

/// <summary>Every page renders without an error at 1280 and 800 px; the screenshots go to TestResults/screenshots.</summary>
public sealed class PageTourTests(UiFixture ui)
{
    public static TheoryData<string, string, string> Pages() => new()
    {
        { "search", "#/search?q=blockchain", "search" },
        { "document", "#/doc/" + Uri.EscapeDataString("ISO 22739"), "doc" },
        { "crawls", "#/crawls", "crawls" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_Renders_WithoutErrorsAtBothWidths(string name, string hash, string page)
    {
        // Arrange
        var browser = ui.Start(hash);

        // Act
        browser.WaitForPage(page);
        var wide = browser.Screenshot(UiFixture.Screenshots, name, 1280);
        var narrow = browser.Screenshot(UiFixture.Screenshots, name, 800);

        // Assert
        browser.All("main .error").Select(e => e.Text).ToList().ShouldBeEmpty();
        browser.ConsoleErrors().ToList().ShouldBeEmpty();
        File.Exists(wide).ShouldBeTrue();
        File.Exists(narrow).ShouldBeTrue();
        browser.Script("return document.documentElement.scrollWidth <= window.innerWidth").ShouldBe(true, "no horizontal scrolling at 800 px");
    }
}
