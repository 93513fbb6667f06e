using System.Net;

namespace Roadmap.Ui.Tests;

public sealed class ExplorerPageTests(UiFixture ui)
{
    [Fact]
    public async Task Explorer_Opened_HasAFaviconAndNoFailedRequest()
    {
        // Arrange
        var browser = ui.Start();
        using var client = new HttpClient { BaseAddress = ui.Host.Address };

        // Act
        browser.Open(new Uri(ui.Host.Address, "/explorer"));
        browser.Find("#run");
        var icon = browser.Script("const l = document.querySelector('link[rel=icon]'); return l ? l.getAttribute('href') : null") as string;

        // Assert: the page names an icon that is served, and the console has no 404 for /favicon.ico.
        icon.ShouldNotBeNull();
        using var response = await client.GetAsync(icon, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        browser.ConsoleErrors().ShouldNotContain(e => e.Contains("404", StringComparison.Ordinal));
    }
}
