using System.Net;
using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests;

public sealed class HealthTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task Healthz_Alive_Returns200()
    {
        // Act
        using var response = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readyz_StoreAndIndexReachable_ReportsBothHealthy()
    {
        // Act
        using var response = await server.Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body["checks"]!["store"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["checks"]!["search-index"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Metrics_AfterARequest_ExposesPrometheusText()
    {
        // Arrange
        await Gql.PostAsync(server.Client, "{ stats { documents } }");

        // Act
        using var anonymous = await server.Client.GetAsync("/metrics", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Api-Key", await Seed.KeyAsync(server.Factory, Roadmap.Core.Security.ApiRole.Reader, "prometheus"));
        using var keyed = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await keyed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Assert
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "/metrics needs a key unless Roadmap:Api:PublicMetrics is on");
        keyed.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain("roadmap_graphql_requests");
    }

    [Fact]
    public async Task UnknownPath_Returns404ProblemDetails()
    {
        // Act
        using var response = await server.Client.GetAsync("/no-such-thing", TestContext.Current.CancellationToken);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
