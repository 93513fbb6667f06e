namespace Roadmap.Ui.Tests;

public sealed class WatchesPageTests(UiFixture ui)
{
    [Fact]
    public async Task WatchThisSearch_CreatesTheWatch_AndShowsItsEvents()
    {
        // Arrange: a reader searching ISO for blockchain.
        var browser = ui.Start("#/search?q=blockchain&body=ISO");
        ui.SignIn(ui.Host.ReaderKey, "reader");
        browser.WaitForPage("search");

        // Act: from the search to a prefilled form, then create.
        browser.Find("#watch-search").Click();
        browser.WaitForPage("watches");
        var query = browser.Find("#watch-query").GetDomProperty("value");
        var bodies = browser.Find("#watch-bodies").GetDomProperty("value");
        var name = browser.Find("#watch-name");
        name.Clear();
        name.SendKeys("UI blockchain watch");
        browser.Find("#watch-form button[type=submit]").Click();
        var row = browser.FindWithText("#watch-list tbody tr", "UI blockchain watch");
        var id = row.GetDomAttribute("data-watch");
        var rowText = row.Text;
        var feed = row.FindElement(OpenQA.Selenium.By.CssSelector("a.feed-link")).GetDomAttribute("href");
        await ui.Host.GraphQLAsync("mutation($id: ID!) { testWatchDelivery(id: $id) { id } }", new { id }, ui.Host.ReaderKey, TestContext.Current.CancellationToken);
        browser.Reload();
        browser.WaitForPage("watches");
        var recent = browser.FindWithText("#watch-events tbody tr", "Test delivery for watch 'UI blockchain watch'");

        // Assert
        (query, bodies).ShouldBe(("blockchain", "ISO"));
        rowText.ShouldContain("“blockchain”");
        feed.ShouldStartWith($"/feeds/watches/{id}.atom?token=");
        recent.Text.ShouldContain("UI blockchain watch");
        browser.ConsoleErrors().ShouldBeEmpty();
    }
}
