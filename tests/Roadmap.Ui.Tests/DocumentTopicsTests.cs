namespace Roadmap.Ui.Tests;

public sealed class DocumentTopicsTests(UiFixture ui)
{
    [Fact]
    public void RejectTopic_AsEditor_IsKeptAfterReloadAndCanBeCleared()
    {
        // Arrange
        var browser = ui.Start("#/doc/" + Uri.EscapeDataString("ISO 22739"));
        ui.SignIn(ui.Host.EditorKey, "editor");
        browser.WaitForPage("doc");
        var row = browser.Find("#topics li[data-topic]");
        var topic = row.GetAttribute("data-topic")!;
        var selector = $"#topics li[data-topic='{topic}']";

        // Act
        browser.Find("#topic-note").SendKeys("Not what this vocabulary is about (browser test)");
        browser.Find(selector + " button.danger").Click();
        browser.FindWithText("#topic-status", "Rejected");
        browser.Reload();
        browser.WaitForPage("doc");
        var rejected = browser.Find(selector).GetAttribute("class");
        var decision = browser.Find(selector + " p.small").Text;
        browser.FindWithText(selector + " button", "Clear decision").Click();
        browser.FindWithText("#topic-status", "cleared");

        // Assert
        rejected.ShouldBe("rejected");
        decision.ShouldContain("Not what this vocabulary is about");
        browser.Find(selector).GetAttribute("class").ShouldNotBe("rejected");
    }

    [Fact]
    public void TopicButtons_ForAReader_AreNotOffered()
    {
        // Arrange
        var browser = ui.Start("#/doc/" + Uri.EscapeDataString("ISO 22739"));
        ui.SignIn(ui.Host.ReaderKey, "reader");

        // Act
        browser.WaitForPage("doc");

        // Assert
        browser.Find("#topics li[data-topic]");
        browser.All("#topics button").ShouldBeEmpty();
        browser.All("#pin-topic").ShouldBeEmpty();
    }
}
