using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Roadmap.Api.Tests;

/// <summary>Errors outside GraphQL are ProblemDetails; the exception's text appears only in Development.</summary>
public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task Endpoint_Throws_ReturnsProblemDetailsWithDetailsOnlyInDevelopment(string environment, bool detailed)
    {
        // Arrange
        await using var factory = new ThrowingFactory(environment);
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync("/boom", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body["title"]!.GetValue<string>().ShouldBe("An unexpected error occurred");
        (body["detail"]?.GetValue<string>()?.Contains("secret internals", StringComparison.Ordinal) ?? false).ShouldBe(detailed);
    }

    private sealed class ThrowingFactory(string environment) : IAsyncDisposable
    {
        private readonly ApiFactory _inner = new(environment: environment);

        public HttpClient CreateClient() =>
            _inner.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, BoomFilter>())).CreateClient();

        public ValueTask DisposeAsync() => _inner.DisposeAsync();
    }

    private sealed class BoomFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", b => b.Run(_ => throw new InvalidOperationException("secret internals")));
        };
    }
}
