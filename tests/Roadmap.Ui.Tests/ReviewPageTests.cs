namespace Roadmap.Ui.Tests;

public sealed class ReviewPageTests(UiFixture ui)
{
    [Fact]
    public void PinSingleSignalAssignment_AsEditor_LeavesTheQueue()
    {
        // Arrange
        var browser = ui.Start("#/review");
        ui.SignIn(ui.Host.EditorKey, "editor");
        browser.WaitForPage("review");
        var row = browser.Find("#single-signal tbody tr");
        var (key, topic) = (row.GetAttribute("data-key")!, row.GetAttribute("data-topic")!);
        var selector = $"#single-signal tr[data-key='{key}'][data-topic='{topic}']";

        // Act
        browser.Find(selector + " button:not(.danger)").Click();
        browser.FindWithText("#review-status", "Pinned");
        browser.Reload();
        browser.WaitForPage("review");

        // Assert: a pinned assignment is confirmed, so no longer single-signal.
        browser.All(selector).ShouldBeEmpty();
        browser.Find("#h-unclassified").Text.ShouldStartWith("DLT, unclassified");
    }

    [Fact]
    public void ReviewButtons_ForAReader_AreNotOffered()
    {
        // Arrange
        var browser = ui.Start("#/review");
        ui.SignIn(ui.Host.ReaderKey, "reader");

        // Act
        browser.WaitForPage("review");

        // Assert
        browser.Find("#single-signal tbody tr");
        browser.All("#single-signal button").ShouldBeEmpty();
    }
}
