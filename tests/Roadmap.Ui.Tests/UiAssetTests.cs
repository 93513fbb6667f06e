using System.Net;

namespace Roadmap.Ui.Tests;

/// <summary>The UI's files over plain HTTP: content types, CSP, revalidation, nothing from elsewhere.</summary>
public sealed class UiAssetTests(UiFixture ui)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/ui/app.js", "text/javascript")]
    [InlineData("/ui/pages/gap.js", "text/javascript")]
    [InlineData("/ui/app.css", "text/css")]
    [InlineData("/ui/icon.svg", "image/svg+xml")]
    public async Task Asset_IsServedWithItsTypeAndRevalidates(string path, string type)
    {
        // Arrange
        ui.Start();
        using var client = new HttpClient { BaseAddress = ui.Host.Address };

        // Act
        using var first = await client.GetAsync(path, TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var second = await client.SendAsync(again, TestContext.Current.CancellationToken);

        // Assert
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        first.Headers.CacheControl!.NoCache.ShouldBeTrue();
        first.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("https://", Case.Sensitive, "no CDN");
    }

    [Fact]
    public async Task UnknownAsset_Is404()
    {
        // Arrange
        ui.Start();
        using var client = new HttpClient { BaseAddress = ui.Host.Address };

        // Act
        using var response = await client.GetAsync("/ui/nope.js", TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
