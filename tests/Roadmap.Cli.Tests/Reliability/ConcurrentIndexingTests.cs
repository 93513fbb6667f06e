using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Api;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests.Reliability;

/// <summary>
/// Imports next to other readers and writers of the same data folder: nothing is skipped, nothing is corrupted, and a
/// running service is neither broken nor left blind by a CLI verb (the user trial's reproductions).
/// </summary>
[Trait("Tier", "Slow")] // the whole ISO feed imported beside searching processes, and two service hosts: about 90 s
public sealed class ConcurrentIndexingTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Import_WhileAnotherProcessSearchesAgainAndAgain_EveryDocumentEndsUpSearchable()
    {
        // Arrange: the ISO feed, and a second process that runs `search ledger` (which syncs the index) in a loop.
        var feed = SharedData.Require("iso/iso_deliverables_metadata.jsonl.gz");
        var data = Path.Combine(_data.Root, "data");
        (await CliRunner.RunAsync("import", "catalogue", Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl"), "--data", data)).Exit.ShouldBe(0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var searches = 0;
        var searcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var child = CliRunner.Start("search", "ledger", "--data", data);
                await child.WaitForExitAsync(CancellationToken.None);
                searches++;
            }
        }, CancellationToken.None);

        // Act
        var (exit, _, err) = await CliRunner.RunAsync("import", "iso-open-data", feed, "--data", data, "--batch-size", "2000");
        await stop.CancelAsync();
        await searcher;
        var (checkExit, checkOut, checkErr) = await CliRunner.RunAsync("index", "check", "--json", "--data", data);

        // Assert
        exit.ShouldBe(0, err);
        searches.ShouldBeGreaterThan(0);
        checkExit.ShouldBe(0, checkOut + checkErr);
        using var report = JsonDocument.Parse(checkOut);
        report.RootElement.GetProperty("indexDocuments").GetInt32().ShouldBe(report.RootElement.GetProperty("storeDocuments").GetInt32());
    }

    [Fact]
    public async Task Import_NextToARunningService_WritesTheGraph_AndTheServiceIndexesIt()
    {
        // Arrange: a service on the data folder.
        var data = Path.Combine(_data.Root, "data");
        (await CliRunner.RunAsync("import", "committees", Path.Combine(SharedData.RepoRoot, "samples", "committees.jsonl"), "--data", data)).Exit.ShouldBe(0);
        // Only the store poll (every second by default) can notice the CLI's write: no interval pass comes within the test.
        var (app, url) = await StartServiceAsync(data, ("Roadmap:Api:AnonymousRead", "true"), ("Roadmap:Search:SyncInterval", "00:10:00"), ("Roadmap:Search:ReadyLagGrace", "00:00:00"));
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        await WaitForAsync(async () => (await client.GetAsync("/readyz", Ct)).StatusCode == HttpStatusCode.OK);

        // Act: the CLI finds the index kept by the service and leaves indexing to it.
        var (exit, _, err) = await CliRunner.RunAsync("import", "catalogue", Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl"), "--data", data);
        var (searchExit, searchOut, searchErr) = await CliRunner.RunAsync("search", "ledger", "--json", "--data", data);
        await WaitForAsync(async () => (await client.GetAsync("/readyz", Ct)).StatusCode == HttpStatusCode.OK);
        var (checkExit, checkOut, checkErr) = await CliRunner.RunAsync("index", "check", "--data", data);
        var (rebuildExit, _, rebuildErr) = await CliRunner.RunAsync("index", "rebuild", "--data", data);

        // Assert
        exit.ShouldBe(0, err);
        err.ShouldContain("running service");
        searchExit.ShouldBe(0, searchErr);
        checkExit.ShouldBe(0, checkOut + checkErr);
        checkOut.ShouldStartWith("consistent");
        rebuildExit.ShouldBe(1);
        rebuildErr.ShouldContain($"process {Environment.ProcessId}");
        rebuildErr.ShouldNotContain("   at ");
        await app.StopAsync(Ct);
    }

    [Fact]
    public async Task Jobs_AnIndexRebuildAskedOfTheService_ShowsItsOutcome()
    {
        // Arrange: a service, an admin key, and a rebuild asked for through GraphQL (it returns a job id at once).
        var data = Path.Combine(_data.Root, "data");
        (await CliRunner.RunAsync("import", "catalogue", Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl"), "--data", data)).Exit.ShouldBe(0);
        var (_, created, _) = await CliRunner.RunAsync("keys", "create", "--role", "admin", "--name", "ops", "--json", "--data", data);
        var key = JsonDocument.Parse(created).RootElement.GetProperty("key").GetString()!;
        var (app, url) = await StartServiceAsync(data);
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "mutation { triggerIndexRebuild { job { id } } }" }, Ct);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("data").GetProperty("triggerIndexRebuild").GetProperty("job").GetProperty("id").GetString()!;

        // Act
        var shown = "";
        await WaitForAsync(async () =>
        {
            var (exit, output, err) = await CliRunner.RunAsync("jobs", id, "--url", url, "--key", key);
            exit.ShouldBe(0, err);
            shown = output;
            return !output.Contains("running", StringComparison.Ordinal);
        });
        var (listExit, list, _) = await CliRunner.RunAsync("jobs", "--json", "--url", url, "--key", key);
        var (anonymousExit, _, anonymousErr) = await CliRunner.RunAsync("jobs", "--url", url);

        // Assert
        shown.ShouldContain(id);
        shown.ShouldContain("succeeded");
        shown.ShouldContain("documents indexed");
        listExit.ShouldBe(0);
        JsonDocument.Parse(list).RootElement.EnumerateArray().Select(j => j.GetProperty("id").GetString()).ShouldContain(id);
        anonymousExit.ShouldBe(1);
        anonymousErr.ShouldContain("refused");
        await app.StopAsync(Ct);
    }

    // The real service host on the data folder, on a free port of 127.0.0.1, analysis in the background off.
    private static async Task<(WebApplication App, string Url)> StartServiceAsync(string data, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Roadmap:Data"] = data,
            ["Roadmap:Analysis:AutoRun"] = "false",
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = RoadmapServer.Build([], all);
        await app.StartAsync(Ct);
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the service did not catch up");
            await Task.Delay(200, Ct);
        }
    }
}
