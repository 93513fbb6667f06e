using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api;
using Roadmap.Core.Graph;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests.Deployment;

/// <summary>
/// The compose health check (<c>roadmap health --ready</c>) fails while a replica's index lags the store, so the proxy and
/// an orchestrator wait for an index being rebuilt or catching up instead of sending readers to it.
/// </summary>
public sealed class HealthCheckLagTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthReady_IndexBehindTheStore_ExitsOneNamingTheLag()
    {
        // Arrange: no grace for lag, and no pipeline pass but the one at start (another instance's write goes unseen).
        using var data = new TempDirectory();
        await using var app = RoadmapServer.Build([], new Dictionary<string, string?>
        {
            ["Roadmap:Data"] = data.Path,
            ["urls"] = "http://127.0.0.1:0",
            ["Roadmap:Search:ReadyLagGrace"] = "00:00:00",
            ["Roadmap:Search:SyncInterval"] = "01:00:00",
            ["Roadmap:Search:PollInterval"] = "01:00:00",
            ["Roadmap:Analysis:AutoRun"] = "false",
        });
        await app.StartAsync(Ct);
        var url = app.Urls.First();
        var before = await ReadyAsync(url);
        await app.Services.GetRequiredService<IGraphStore>().UpsertAsync(
            new GraphBatch { Documents = [Builders.Iso("ISO 24165", "Digital token identifiers")] },
            new ChangeContext("other-instance", "test", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Ct);

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("health", "--ready", "--url", url);

        // Assert
        before.ShouldBe(0, "ready once the index has caught up at start");
        exit.ShouldBe(1);
        error.ShouldContain("unhealthy (503)");
        error.ShouldContain("1 store change(s) behind");
        await app.StopAsync(Ct);
    }

    // The exit code of `health --ready` once the start's pipeline pass is done (at most a minute).
    private static async Task<int> ReadyAsync(string url)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var (exit, _, _) = await CliRunner.RunAsync("health", "--ready", "--url", url);
            if (exit == 0 || clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                return exit;
            }

            await Task.Delay(200, Ct);
        }
    }
}
