using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api.Search;
using Roadmap.Core.Graph;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests.Health;

/// <summary>/readyz tells the truth: it fails while the index lags the store's change sequence, and recovers once synced.</summary>
public sealed class ReadinessLagTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_IndexBehindTheStore_FailsWithTheLag_ThenRecoversAfterASync()
    {
        // Arrange: no grace, and syncs only when asked; a write reaches the store from elsewhere (a CLI import).
        await using var factory = new ApiFactory(settings: new Dictionary<string, string?> { ["Roadmap:Search:ReadyLagGrace"] = "00:00:00" });
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        using (var ready = await client.GetAsync("/readyz", Ct))
        {
            ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var store = factory.Services.GetRequiredService<IGraphStore>();
        await store.UpsertAsync(new GraphBatch { Documents = [Builders.Iso("ISO 24165", "Digital token identifiers"), Builders.Iso("ISO 24166", "Second")] }, new ChangeContext("cli-import", "test", Seed.At), Ct);

        // Act
        using var lagging = await client.GetAsync("/readyz", Ct);
        var lagBody = JsonNode.Parse(await lagging.Content.ReadAsStringAsync(Ct))!;
        await factory.Services.GetRequiredService<SearchIndexHost>().SyncAsync(Ct);
        using var caughtUp = await client.GetAsync("/readyz", Ct);

        // Assert
        lagging.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        lagBody["checks"]!["search-index"]!["data"]!["lag"]!.GetValue<long>().ShouldBe(2);
        lagBody["checks"]!["search-index"]!["description"]!.GetValue<string>().ShouldContain("2 store change(s) behind");
        caughtUp.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readyz_WithinTheGrace_StaysHealthyWhileLagging()
    {
        // Arrange
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await Seed.WriteAsync(factory, Seed.Small());
        await factory.Services.GetRequiredService<IGraphStore>().UpsertAsync(
            new GraphBatch { Documents = [Builders.Iso("ISO 24165", "Digital token identifiers")] }, new ChangeContext("cli-import", "test", Seed.At), Ct);

        // Act
        using var response = await client.GetAsync("/readyz", Ct);

        // Assert: a write is indexed at the next sync; lag alone is not a failure until it lasts.
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
