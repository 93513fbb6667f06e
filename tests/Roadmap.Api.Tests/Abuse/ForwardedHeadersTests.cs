using System.Net;
using Roadmap.Api;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests.Abuse;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy: without forwarded headers all anonymous readers would share
/// one rate-limit bucket. The service on Kestrel at 127.0.0.1 (a loopback proxy is always known), buckets of 2.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task RateLimit_ForwardedHeadersOn_CountsEachClientBehindTheProxy()
    {
        // Arrange
        await using var app = await StartAsync(forwarded: true);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        // Act: 5 requests for one client, then one for another, all through the same proxy (this test)
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            first.Add(await PostAsync(client, "203.0.113.1"));
        }

        var second = await PostAsync(client, "203.0.113.2");

        // Assert
        first.ShouldContain(HttpStatusCode.TooManyRequests);
        second.ShouldBe(HttpStatusCode.OK, "another client behind the proxy has its own bucket");
    }

    [Fact]
    public async Task RateLimit_ForwardedHeadersOff_TheHeaderIsNotBelieved()
    {
        // Arrange
        await using var app = await StartAsync(forwarded: false);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        // Act: a client making up X-Forwarded-For does not get a new bucket per made-up address
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await PostAsync(client, $"203.0.113.{i + 10}"));
        }

        // Assert
        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
    }

    private async Task<Microsoft.AspNetCore.Builder.WebApplication> StartAsync(bool forwarded)
    {
        var app = RoadmapServer.Build([], new Dictionary<string, string?>
        {
            ["Roadmap:Data"] = Path.Combine(_data.Path, forwarded ? "on" : "off"),
            ["Roadmap:Api:AnonymousRead"] = "true",
            ["Roadmap:Analysis:AutoRun"] = "false",
            ["Roadmap:Api:RateLimit:AddressBurst"] = "2",
            ["Roadmap:Api:RateLimit:AddressPerSecond"] = "1",
            ["Roadmap:Api:ForwardedHeaders:Enabled"] = forwarded ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["urls"] = "http://127.0.0.1:0",
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
