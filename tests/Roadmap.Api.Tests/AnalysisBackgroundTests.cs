using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Api.Tests;

/// <summary>The service has results to show: a store with documents and no analysis gets a full run in the background at start.</summary>
[Trait("Tier", "Slow")] // over 5 s: waits for full analysis runs in the background service (~8 s)
public sealed class AnalysisBackgroundTests
{
    [Fact]
    public async Task Start_StoreWithDocumentsButNoAnalysis_RunsAFullAnalysisInTheBackground()
    {
        // Arrange: documents written before the service starts, as an import would.
        await using var factory = new ApiFactory(anonymousRead: true, settings: new Dictionary<string, string?> { ["Roadmap:Analysis:AutoRun"] = "true" });
        await using (var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(factory.DataPath)))
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
            await store.UpsertAsync(Seed.Small(), new ChangeContext("import-run", "import", Seed.At), TestContext.Current.CancellationToken);
        }

        // Act
        using var client = factory.CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        System.Text.Json.Nodes.JsonArray runs;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            runs = (await Gql.PostAsync(client, "{ analysisRuns { mode asOf } }")).Data()["analysisRuns"]!.AsArray();
        }
        while (runs.Count == 0 && clock.Elapsed < TimeSpan.FromMinutes(1));
        var gaps = (await Gql.PostAsync(client, "{ gaps { totalCount } }")).Data()["gaps"]!;

        // Assert
        // The first run is full; the start's index sync may add an incremental one after it.
        runs.ShouldNotBeEmpty();
        runs[^1]!["mode"]!.GetValue<string>().ShouldBe("full");
        runs.ShouldAllBe(r => r!["asOf"] == null);
        gaps["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Start_FullRunThenTopicRefile_AddsNoIncrementalRun()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new ApiFactory(anonymousRead: true, settings: new Dictionary<string, string?> { ["Roadmap:Analysis:AutoRun"] = "true" });
        await using (var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(factory.DataPath)))
        {
            await store.InitializeAsync(ct);
            await store.UpsertAsync(Seed.Small(), new ChangeContext("import-run", "import", Seed.At), ct);
        }

        using var client = factory.CreateClient();

        // Act: the full run, then the index sync that files the documents under the topics it found.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var filed = 0;
        while (filed == 0 && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(200, ct);
            var facets = (await Gql.PostAsync(client, "{ search(text: \"\", facets: true) { facets { dimension values { count } } } }")).Data()["search"]!["facets"]!.AsArray();
            filed = facets.Where(f => f!["dimension"]!.GetValue<string>() == "TOPIC").SelectMany(f => f!["values"]!.AsArray()).Sum(v => v!["count"]!.GetValue<int>());
        }

        // A re-file sync that signalled the analysis would have started its run by now.
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var runs = (await Gql.PostAsync(client, "{ analysisRuns { mode } }")).Data()["analysisRuns"]!.AsArray();

        // Assert
        filed.ShouldBeGreaterThan(0, "the documents were filed under their topics");
        runs.Select(r => r!["mode"]!.GetValue<string>()).ShouldBe(["full"]);
    }
}
