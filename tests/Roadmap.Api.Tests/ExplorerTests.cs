using System.Net;
using System.Net.Http.Headers;

namespace Roadmap.Api.Tests;

public sealed class ExplorerTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Theory]
    [InlineData("/explorer")]
    [InlineData("/graphql")]
    public async Task Page_BrowserAsksForHtml_ServesTheExplorer(string path)
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        // Act
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("/explorer/explorer.js");
        html.ShouldNotContain("https://");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Theory]
    [InlineData("/explorer/explorer.js", "text/javascript")]
    [InlineData("/explorer/explorer.css", "text/css")]
    public async Task Assets_AreServedFromTheAssembly(string path, string contentType)
    {
        // Act
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
    }

    [Fact]
    public async Task Script_UsesIntrospectionAndSendsTheKey()
    {
        // Act
        var script = await server.Client.GetStringAsync("/explorer/explorer.js", TestContext.Current.CancellationToken);

        // Assert
        script.ShouldContain("__schema");
        script.ShouldContain("Authorization");
        script.ShouldNotContain("http://");
    }

    [Fact]
    public async Task Script_KeepsTheKeyForTheTabOnly()
    {
        // Act
        var script = await server.Client.GetStringAsync("/explorer/explorer.js", TestContext.Current.CancellationToken);

        // Assert: sessionStorage ends with the tab; localStorage kept the key on disk for any script of the origin
        script.ShouldContain("sessionStorage.setItem('roadmap.apiKey'");
        script.ShouldContain("sessionStorage.getItem('roadmap.apiKey')");
        script.ShouldNotContain("localStorage.setItem('roadmap.apiKey'");
        script.ShouldNotContain("localStorage.getItem('roadmap.apiKey')");
    }
}
