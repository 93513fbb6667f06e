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
        // A topic's coverage gap (id gap:{topic}): the first listed, whatever other tests added.
        var topic = new SelectElement(browser.Find("#gap-topic"));
        var topics = browser.All("#gap-topic option").Skip(1).Select(o => o.GetAttribute("value")!).ToHashSet();
        var topicId = browser.All("#gaps tbody tr").Select(r => r.GetAttribute("data-gap")!).First(id => topics.Contains(id["gap:".Length..]));
        topic.SelectByValue(topicId["gap:".Length..]);
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
    public void GapPage_WithReaderKey_NoEditorFormsButAHintAndNoAuditTrail()
    {
        // Arrange
        var browser = ui.Start("#/gaps");
        ui.SignIn(ui.Host.ReaderKey, "reader");
        browser.WaitForPage("gaps");

        // Act
        browser.Find("#gaps tbody a.gap-link").Click();
        browser.WaitForPage("gap");

        // Assert: the server refuses readers anyway (API tests); the page does not offer what it would refuse.
        browser.Find("#editor-hint").Text.ShouldContain("editor key");
        browser.All("#status-form, #edit-form, #priority-form, #note-form, #gap-audit").ShouldBeEmpty();
        browser.Find("#progress-form").Displayed.ShouldBeTrue();
    }

    [Fact]
    public void SetPriority_WithAReason_ShownWithTheFormulasScoreAndInTheAuditTrail_ThenBackToTheFormula()
    {
        // Arrange
        var browser = ui.Start("#/gaps");
        ui.SignIn(ui.Host.EditorKey, "editor");
        browser.WaitForPage("gaps");
        browser.Find("#gaps tbody a.gap-link").Click();
        browser.WaitForPage("gap");

        // Act
        var score = browser.Find("#edit-priority");
        score.Clear();
        score.SendKeys("97");
        browser.Find("#edit-priority-reason").SendKeys("The focus group's first concern (browser test)");
        browser.Find("#priority-form button[type=submit]").Click();
        browser.FindWithText("#gap-notice", "Priority set");

        // Assert
        browser.Find("#priority-override").Text.ShouldContain("The focus group's first concern (browser test)");
        browser.Find("#priority-override").Text.ShouldContain("the formula gives");
        browser.FindWithText("#gap-audit", "updateGap");
        browser.Find("#clear-priority").Click();
        browser.FindWithText("#gap-notice", "formula");
        browser.All("#priority-override").ShouldBeEmpty();
    }

    [Fact]
    public void RecordGap_AsEditor_OpensTheNewGapAndTheListSaysWhenTheAnalysisRan()
    {
        // Arrange
        var browser = ui.Start("#/gaps");
        ui.SignIn(ui.Host.EditorKey, "editor");
        browser.WaitForPage("gaps");
        browser.Find("#analysis-status").Text.ShouldStartWith("Analysis last ran");

        // Act
        browser.Find("#new-gap-statement").SendKeys("No profile for audit logs of ledgers (browser test).");
        browser.Find("#new-gap-note").SendKeys("from the workshop");
        browser.Find("#new-gap-form button[type=submit]").Click();

        // Assert
        browser.WaitForPage("gap");
        browser.FindWithText("#gap-statement", "No profile for audit logs of ledgers (browser test).");
        browser.Find("#gap-kind").Text.ShouldContain("created by an editor");
    }

    [Fact]
    public void Progress_SinceADate_ListsWhatAppearedOnTheTopic()
    {
        // Arrange: a gap whose topic has documents (a single-body or thin finding).
        var browser = ui.Start("#/gaps?status=ALL&text=normative");
        browser.WaitForPage("gaps");
        browser.Find("#gaps tbody a.gap-link").Click();
        browser.WaitForPage("gap");

        // Act
        browser.Script("document.querySelector('#progress-since').value = '1990-01-01';");
        browser.Find("#progress-form button[type=submit]").Click();

        // Assert
        browser.FindWithText("#progress-table", "published");
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
