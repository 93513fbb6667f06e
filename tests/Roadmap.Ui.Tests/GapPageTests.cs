using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Roadmap.Ui.Tests;

public sealed class GapPageTests(UiFixture ui)
{
    [Fact]
    public void Gaps_FilterOpenAndChangeStatusAsEditor_PersistsAfterReload()
    {
        // Arrange
        var browser = ui.Start("#/gaps");
        ui.SignIn(ui.Host.EditorKey, "editor");
        browser.WaitForPage("gaps");
        var all = browser.Find("#gap-count").Text;

        // Act: filter to one topic, open its first gap, close it with a reason
        var topic = new SelectElement(browser.Find("#gap-topic"));
        var topicId = browser.Find("#gaps tbody tr a.gap-link").FindElement(By.XPath("ancestor::tr")).GetAttribute("data-gap")!;
        topic.SelectByValue(browser.All("#gap-topic option").Skip(1).First(o => topicId == "gap:" + o.GetAttribute("value")).GetAttribute("value")!);
        browser.Until(d => d.Url.Contains("topic=", StringComparison.Ordinal), "the topic filter in the URL");
        browser.WaitForPage("gaps");
        var filtered = browser.Find("#gap-count").Text;
        browser.Find("#gaps tbody a.gap-link").Click();
        browser.WaitForPage("gap");
        new SelectElement(browser.Find("#new-status")).SelectByValue("DISMISSED");
        browser.Find("#status-note").SendKeys("Out of the roadmap's scope (browser test)");
        browser.Find("#status-form button[type=submit]").Click();
        browser.FindWithText("#gap-notice", "dismissed");
        var url = browser.Url;
        browser.Reload();
        browser.WaitForPage("gap");

        // Assert
        filtered.ShouldNotBe(all);
        browser.Url.ShouldBe(url);
        browser.Find("#gap-status-value").Text.ShouldBe("dismissed");
        browser.FindWithText("#gap-history", "Out of the roadmap's scope");
    }

    [Fact]
    public void ChangeStatus_WithReaderKey_IsRefusedWithAClearError()
    {
        // Arrange
        var browser = ui.Start("#/gaps");
        ui.SignIn(ui.Host.ReaderKey, "reader");
        browser.WaitForPage("gaps");
        browser.Find("#gaps tbody a.gap-link").Click();
        browser.WaitForPage("gap");
        var before = browser.Find("#gap-status-value").Text;

        // Act
        new SelectElement(browser.Find("#new-status")).SelectByValue(before == "closed" ? "OPEN" : "CLOSED");
        browser.Find("#status-note").SendKeys("A reader tries");
        browser.Find("#status-form button[type=submit]").Click();

        // Assert
        var error = browser.Find("#gap-result [role=alert]");
        error.Text.ShouldContain("FORBIDDEN");
        error.Text.ShouldContain("editor key");
        browser.Reload();
        browser.WaitForPage("gap");
        browser.Find("#gap-status-value").Text.ShouldBe(before);
    }

    [Fact]
    public async Task EditStatement_AfterSomeoneElseChangedTheGap_ShowsTheConflictAndKeepsTheirChange()
    {
        // Arrange: an editor opens a gap; meanwhile another editor edits it
        var browser = ui.Start("#/gaps");
        ui.SignIn(ui.Host.EditorKey, "editor");
        browser.WaitForPage("gaps");
        browser.Find("#gaps tbody a.gap-link").Click();
        browser.WaitForPage("gap");
        var id = Uri.UnescapeDataString(browser.Url[(browser.Url.IndexOf("#/gap/", StringComparison.Ordinal) + 6)..]);
        var version = int.Parse(browser.Find("article.gap").GetAttribute("data-version")!, System.Globalization.CultureInfo.InvariantCulture);
        await ui.Host.GraphQLAsync("mutation($i: UpdateGapInput!) { updateGap(input: $i) { version } }",
            new { i = new { id, expectedVersion = version, statement = "Their statement" } }, ui.Host.EditorKey, TestContext.Current.CancellationToken);

        // Act
        var statement = browser.Find("#edit-statement");
        statement.Clear();
        statement.SendKeys("My statement");
        browser.Find("#edit-form button[type=submit]").Click();

        // Assert
        browser.Find("#gap-conflict").Text.ShouldContain("Someone else changed this gap");
        browser.Find("#edit-statement").GetAttribute("value").ShouldBe("My statement");
        browser.Find("#gap-conflict button").Click();
        browser.FindWithText("#gap-statement", "Their statement");
    }
}
