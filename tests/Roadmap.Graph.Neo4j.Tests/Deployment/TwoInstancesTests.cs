using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Roadmap.Cli;
using Roadmap.Graph.Neo4j.State;
using Roadmap.TestKit;

namespace Roadmap.Graph.Neo4j.Tests.Deployment;

/// <summary>
/// Two service instances on one Neo4j, each a child process with a data folder of its own, as replicas behind a load
/// balancer: keys, gaps, editors' decisions and documents written through one are what the other serves, stale edits
/// conflict across them, and a nightly schedule both run fires one crawl. The demo data reaches Neo4j by
/// <c>roadmap migrate</c>, history and analysis with it.
/// </summary>
[Collection(Neo4jServer.Collection)]
[Trait("Tier", "Slow")] // a demo, a migration and two `roadmap serve` processes (~3 min)
public sealed class TwoInstancesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TwoServices_OneNeo4j_ShareStateAndCrawlOnce()
    {
        // Arrange: the demo in an embedded folder, migrated into a wiped Neo4j; a local page for the crawl to find.
        var options = Neo4jServer.Require();
        await using (var wipe = new Neo4jGraphStore(options))
        {
            await wipe.InitializeAsync(Ct);
            await Neo4jServer.WipeAsync(wipe, Ct);
        }

        var demo = Path.Combine(_temp.Root, "demo");
        (await CliAsync("demo", "--no-serve", "--data", demo)).Exit.ShouldBe(0);
        var migrated = await CliAsync("migrate", "--to", "neo4j", "--neo4j-url", options.Url.ToString(), "--data", demo);
        migrated.Exit.ShouldBe(0, migrated.Err);
        await MigrationKeptHistoryAndAnalysisAsync(options, demo);

        using var site = new LoopbackSite();
        var environment = Environment(options, site);
        var (folderA, folderB) = (Path.Combine(_temp.Root, "a"), Path.Combine(_temp.Root, "b"));
        var (_, admin) = await CreateKeyAsync(environment, folderA, "admin");
        await using var a = ServiceProcess.Start(folderA, environment);
        await using var b = ServiceProcess.Start(folderB, environment);
        await Task.WhenAll(a.WaitReadyAsync(TimeSpan.FromMinutes(3), Ct), b.WaitReadyAsync(TimeSpan.FromMinutes(3), Ct));

        await KeysAsync(environment, folderA, admin, a, b);
        await GapEditsAsync(admin, a, b);
        await PinAsync(admin, a, b);
        await ImportAsync(environment, folderA, admin, b);
        await OneNightlyCrawlAsync(options, a, b);
    }

    private static async Task MigrationKeptHistoryAndAnalysisAsync(Neo4jOptions options, string demo)
    {
        await using var embedded = Roadmap.Graph.Embedded.SqliteGraphStore.Open(Roadmap.Graph.Embedded.DataDirectory.OpenOrCreate(demo));
        await using var neo4j = new Neo4jGraphStore(options);
        var source = await embedded.GetChangesAfterAsync(0, 100_000, Ct);
        var target = await neo4j.GetChangesAfterAsync(0, 100_000, Ct);
        target.Count.ShouldBe(source.Count, "every recorded change, not one per document");
        target.Select(c => (c.DocumentKey, c.Kind, c.Actor)).Order().ShouldBe(source.Select(c => (c.DocumentKey, c.Kind, c.Actor)).Order());
        target.ShouldNotContain(c => c.Actor == "migrate");
        var sourceAnalysis = new Roadmap.Graph.Embedded.SqliteAnalysisStore(Roadmap.Graph.Embedded.DataDirectory.OpenOrCreate(demo).GraphDatabasePath);
        var targetAnalysis = new Neo4jAnalysisStore(neo4j);
        (await targetAnalysis.ListGapsAsync(null, Ct)).Select(g => g.Id).Order().ShouldBe((await sourceAnalysis.ListGapsAsync(null, Ct)).Select(g => g.Id).Order());
        (await targetAnalysis.GetLiveRunAsync(Ct))!.Id.ShouldBe((await sourceAnalysis.GetLiveRunAsync(Ct))!.Id);
        (await targetAnalysis.GetClassificationsAsync(null, Ct)).Count.ShouldBe((await sourceAnalysis.GetClassificationsAsync(null, Ct)).Count);
    }

    // A key made through A's configuration works on B; revoked on A, B refuses it within seconds.
    private static async Task KeysAsync(IReadOnlyDictionary<string, string> environment, string folderA, string admin, ServiceProcess a, ServiceProcess b)
    {
        var (id, reader) = await CreateKeyAsync(environment, folderA, "reader");
        var (status, body) = await b.GraphQlAsync(reader, "{ stats { documents } }", null, Ct);
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        body!["data"]!["stats"]!["documents"]!.GetValue<int>().ShouldBeGreaterThan(0);

        var (revokeStatus, revoked) = await a.GraphQlAsync(admin, "mutation($id: ID!) { revokeApiKey(id: $id) }", new { id }, Ct);
        revokeStatus.ShouldBe(HttpStatusCode.OK, revoked?.ToJsonString());
        revoked!["data"]!["revokeApiKey"]!.GetValue<bool>().ShouldBeTrue(revoked.ToJsonString());
        (await EventuallyAsync(async () => (await b.GraphQlAsync(reader, "{ stats { documents } }", null, Ct)).Status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10)))
            .ShouldBeTrue("B still accepts a key revoked on A");
    }

    // A gap edited on A shows on B with its version; an edit on B from the old version is a conflict.
    private static async Task GapEditsAsync(string admin, ServiceProcess a, ServiceProcess b)
    {
        var (id, version) = await FirstGapAsync(b, admin);
        var edit = "mutation($id: ID!, $v: Int!, $s: String) { updateGap(input: {id: $id, expectedVersion: $v, statement: $s}) { version statement } }";
        var (_, onA) = await a.GraphQlAsync(admin, edit, new { id, v = version, s = "Edited on A" }, Ct);
        onA!["data"]!["updateGap"]!["version"]!.GetValue<int>().ShouldBe(version + 1, onA.ToJsonString());

        var (_, seen) = await b.GraphQlAsync(admin, "query($id: ID!) { gap(id: $id) { version statement } }", new { id }, Ct);
        seen!["data"]!["gap"]!["version"]!.GetValue<int>().ShouldBe(version + 1);
        seen["data"]!["gap"]!["statement"]!.GetValue<string>().ShouldBe("Edited on A");

        var (_, stale) = await b.GraphQlAsync(admin, edit, new { id, v = version, s = "Edited on B" }, Ct);
        stale!["errors"]!.AsArray().ShouldContain(e => e!["extensions"]!["code"]!.GetValue<string>() == "CONFLICT", stale.ToJsonString());
    }

    // An editor's pin on A reaches the analysis both share: B's gap for that topic changes.
    private static async Task PinAsync(string admin, ServiceProcess a, ServiceProcess b)
    {
        var (_, gaps) = await b.GraphQlAsync(admin, "{ gaps(filter: {status: [OPEN]}, first: 100) { items { id kind version topic { id } } } }", null, Ct);
        var gap = gaps!["data"]!["gaps"]!["items"]!.AsArray().First(g => g!["kind"]!.GetValue<string>() == "NO_COVERAGE")!;
        var (id, topic, version) = (gap["id"]!.GetValue<string>(), gap["topic"]!["id"]!.GetValue<string>(), gap["version"]!.GetValue<int>());
        var (_, pinned) = await a.GraphQlAsync(admin, "mutation($t: ID!) { pinTopic(documentKey: \"ISO 22739\", topicId: $t) { pinned } }", new { t = topic }, Ct);
        pinned!["data"]!["pinTopic"]!["pinned"]!.GetValue<bool>().ShouldBeTrue(pinned.ToJsonString());

        (await EventuallyAsync(
            async () =>
            {
                var (_, now) = await b.GraphQlAsync(admin, "query($id: ID!) { gap(id: $id) { version status } }", new { id }, Ct);
                return now!["data"]!["gap"] is not JsonObject changed || changed["version"]!.GetValue<int>() > version;
            },
            TimeSpan.FromSeconds(90))).ShouldBeTrue($"B's gap {id} did not change after the pin on A:\n{a.Output}");
    }

    // A document imported through A's configuration is searchable on B within its sync interval.
    private async Task ImportAsync(IReadOnlyDictionary<string, string> environment, string folderA, string admin, ServiceProcess b)
    {
        var feed = Path.Combine(_temp.Root, "new.jsonl");
        await File.WriteAllTextAsync(feed, """{"sdo":"ITU-T","designation":"ITU-T X.1499","docid":"ITU-T X.1499 (11/2026)","edition":"11/2026","type":"recommendation","title":"Quokka ledger interworking for replicated registries","status":"Published","date":"2026-11-20","committee":"SG17","url":"https://www.itu.int/rec/T-REC-X.1499-202611-I","abstract":null,"relations":[],"source":"test"}""" + "\n", Ct);
        var import = await ChildProcess.RunAsync(environment, Ct, "import", "catalogue", feed, "--data", folderA);
        import.Exit.ShouldBe(0, import.Err);
        (await EventuallyAsync(
            async () =>
            {
                var (_, found) = await b.GraphQlAsync(admin, "{ search(text: \"quokka\") { total hits { key } } }", null, Ct);
                return found?["data"]?["search"]?["total"]?.GetValue<int>() == 1;
            },
            TimeSpan.FromSeconds(30))).ShouldBeTrue("B's index never took in the document imported through A");
    }

    // Both services have the same every-minute schedule; each occurrence is crawled once.
    private static async Task OneNightlyCrawlAsync(Neo4jOptions options, ServiceProcess a, ServiceProcess b)
    {
        // Imports record runs too (source "catalogue"); the nightly crawl's are the ITU-T source's.
        await using var neo4j = new Neo4jGraphStore(options);
        async Task<IReadOnlyList<Roadmap.Core.Crawling.CrawlRun>> NightlyRunsAsync() =>
            [.. (await neo4j.ListCrawlRunsAsync(1000, Ct)).Where(r => r.Source == "itu-t")];

        (await EventuallyAsync(async () => (await NightlyRunsAsync()).Count > 0, TimeSpan.FromSeconds(100)))
            .ShouldBeTrue($"no nightly crawl fired:\nA:\n{a.Output}\nB:\n{b.Output}");
        await Task.Delay(TimeSpan.FromSeconds(10), Ct); // the other service, had it crawled too, would have recorded its run by now
        var runs = await NightlyRunsAsync();
        runs.GroupBy(r => r.StartedAt.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))
            .ShouldAllBe(g => g.Count() == 1, "two crawls for one occurrence");
    }

    private static async Task<(string Id, int Version)> FirstGapAsync(ServiceProcess service, string key)
    {
        var (status, body) = await service.GraphQlAsync(key, "{ gaps(first: 1) { items { id version } } }", null, Ct);
        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
        var gap = body!["data"]!["gaps"]!["items"]!.AsArray().Single()!;
        return (gap["id"]!.GetValue<string>(), gap["version"]!.GetValue<int>());
    }

    private static async Task<(string Id, string Key)> CreateKeyAsync(IReadOnlyDictionary<string, string> environment, string folder, string role)
    {
        var (exit, output, error) = await ChildProcess.RunAsync(environment, Ct, "keys", "create", "--role", role, "--name", role, "--json", "--data", folder);
        exit.ShouldBe(0, error);
        var created = ChildProcess.Json(output);
        return (created.GetProperty("id").GetString()!, created.GetProperty("key").GetString()!);
    }

    private static Dictionary<string, string> Environment(Neo4jOptions options, LoopbackSite site) => new()
    {
        ["Roadmap__Graph__Provider"] = "Neo4j",
        ["Roadmap__Graph__Url"] = options.Url.ToString(),
        ["Roadmap__Api__AnonymousRead"] = "false",
        ["Roadmap__Api__KeyCacheLifetime"] = "00:00:01",
        ["Roadmap__Search__PollInterval"] = "00:00:00.200",
        ["Roadmap__Search__SyncInterval"] = "00:00:02",
        ["Roadmap__Analysis__AutoRun"] = "true",
        ["Roadmap__Analysis__Semantic"] = "false",
        ["Roadmap__Crawl__Nightly"] = "true",
        ["Crawler__Schedule"] = "* * * * *",
        ["Crawler__NightlySources__0"] = "itu-t",
        ["Crawler__Sources__itu-t__Seeds__0"] = $"itu-series {site.Url}rec/T-REC-X/en",
        ["Crawler__AllowedNetworks__0"] = "127.0.0.1",
        ["Crawler__HonourRobotsTxt"] = "false",
        ["Crawler__RequestsPerSecond"] = "50",
        ["Crawler__MaxRetries"] = "0",
    };

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250, Ct);
        }

        return await condition();
    }

    private static async Task<(int Exit, string Out, string Err)> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, Ct);
        return (exit, output.ToString(), error.ToString());
    }
}
