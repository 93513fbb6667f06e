using Roadmap.TestKit;
using System.Text.Json;
using Roadmap.Cli;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;

namespace Roadmap.Graph.Neo4j.Tests.Migration;

/// <summary><c>roadmap migrate --to neo4j</c> against the real engine: the demo arrives whole, history and analysis with it, and a second run changes nothing.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class MigrateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Migrate_DemoGraph_CopiesEverythingAndIsIdempotent()
    {
        var options = Neo4jServer.Require();
        await using (var wipe = new Neo4jGraphStore(options))
        {
            await wipe.InitializeAsync(Ct);
            await Neo4jServer.WipeAsync(wipe, Ct);
        }

        var data = Path.Combine(_temp.Root, "data");
        (await RunAsync("demo", "--no-serve", "--data", data)).Exit.ShouldBe(0);

        var (exit, output, error) = await RunAsync("migrate", "--to", "neo4j", "--neo4j-url", options.Url.ToString(), "--json", "--data", data);
        var (again, secondOutput, _) = await RunAsync("migrate", "--to", "neo4j", "--neo4j-url", options.Url.ToString(), "--json", "--data", data);

        exit.ShouldBe(0, error);
        again.ShouldBe(0);
        await using var embedded = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(data));
        await embedded.InitializeAsync(Ct);
        await using var neo4j = new Neo4jGraphStore(options);
        var expected = await embedded.GetStatsAsync(Ct);
        var actual = await neo4j.GetStatsAsync(Ct);
        actual.Documents.ShouldBe(expected.Documents);
        actual.Editions.ShouldBe(expected.Editions);
        actual.Committees.ShouldBe(expected.Committees);
        actual.Relations.ShouldBe(expected.Relations);
        actual.ByBody.ShouldBe(expected.ByBody);
        (await neo4j.GetDocumentAsync("ISO 22739", Ct)).ShouldBe(await embedded.GetDocumentAsync("ISO 22739", Ct));

        (await neo4j.GetHistoryAsync("ISO 22739", Ct)).Select(c => (c.Kind, c.Actor, c.At)).ShouldBe((await embedded.GetHistoryAsync("ISO 22739", Ct)).Select(c => (c.Kind, c.Actor, c.At)));
        using var first = JsonDocument.Parse(output);
        var graph = first.RootElement.GetProperty("graph");
        graph.GetProperty("documents").GetProperty("added").GetInt32().ShouldBe(expected.Documents);
        graph.GetProperty("changesCarried").GetInt32().ShouldBe((await embedded.GetChangesAfterAsync(0, 100_000, Ct)).Count);
        var parts = first.RootElement.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("copied").GetInt32());
        parts["analysis runs"].ShouldBeGreaterThan(0);
        parts["gaps"].ShouldBeGreaterThan(0);
        parts["classifications"].ShouldBeGreaterThan(0);
        using var second = JsonDocument.Parse(secondOutput);
        var repeat = second.RootElement.GetProperty("graph");
        repeat.GetProperty("documents").GetProperty("added").GetInt32().ShouldBe(0);
        repeat.GetProperty("documents").GetProperty("changed").GetInt32().ShouldBe(0);
        repeat.GetProperty("changesCarried").GetInt32().ShouldBe(0);
        second.RootElement.GetProperty("parts").EnumerateArray().ShouldAllBe(p => p.GetProperty("copied").GetInt32() == 0);
    }

    [Fact]
    public async Task Migrate_UnreachableServer_ExitsOneWithTheUrl()
    {
        var (exit, _, error) = await RunAsync("migrate", "--to", "neo4j", "--neo4j-url", "http://127.0.0.1:9/", "--data", Path.Combine(_temp.Root, "empty"));

        exit.ShouldBe(1);
        error.ShouldContain("127.0.0.1:9");
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, Ct);
        return (exit, output.ToString(), error.ToString());
    }
}
