using System.Text.Json;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Search_AfterImport_FindsByDesignationAndWords()
    {
        await SeedAsync();

        var (exit, output, _) = await CliRunner.RunAsync("search", "x1401", "--json", "--limit", "3", "--data", _data.Path);
        var (wordsExit, words, _) = await CliRunner.RunAsync("search", "ledger threats", "--facets", "--data", _data.Path);

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("hits")[0].GetProperty("key").GetString().ShouldBe("ITU-T X.1401");
        wordsExit.ShouldBe(0);
        words.ShouldContain("ITU-T X.1401");
        words.ShouldContain("Body:");
    }

    [Theory]
    [InlineData("\"ISO: (TR")]
    [InlineData("")]
    [InlineData("\u0000\u0001\u0002")]
    public async Task Search_BrokenOrEmptyText_IsNeverAnError(string text)
    {
        await SeedAsync();

        var (exit, _, error) = await CliRunner.RunAsync("search", text, "--data", _data.Path);

        exit.ShouldBe(0, error);
    }

    [Fact]
    public async Task Search_HugeText_IsBestEffort()
    {
        await SeedAsync();

        var (exit, _, _) = await CliRunner.RunAsync("search", string.Concat(Enumerable.Repeat("ledger ", 1500)), "--data", _data.Path);

        exit.ShouldBe(0);
    }

    [Fact]
    public async Task Search_AdvancedSyntaxError_ExitsTwoWithTheReason()
    {
        await SeedAsync();

        var (exit, _, error) = await CliRunner.RunAsync("search", "title:(ledger", "--advanced", "--data", _data.Path);

        exit.ShouldBe(2);
        error.ShouldContain("syntax");
    }

    [Theory]
    [InlineData("color=blue", "unknown filter")]
    [InlineData("year=soon", "YYYY")]
    [InlineData("stage=Dreaming", "unknown stage")]
    [InlineData("body", "name=value")]
    [InlineData("topic=astrology", "unknown topic 'astrology'")]
    public async Task Search_BadFilter_ExitsTwoWithTheReason(string filter, string reason)
    {
        var (exit, _, error) = await CliRunner.RunAsync("search", "ledger", "--filter", filter, "--data", _data.Path);

        exit.ShouldBe(2);
        error.ShouldContain(reason);
    }

    [Fact]
    public async Task DamagedIndex_IsRebuiltFromTheGraphAndNothingIsLost()
    {
        await SeedAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(_data.Path, "index")))
        {
            await File.WriteAllTextAsync(file, "not a lucene file", Ct);
        }

        var (exit, output, error) = await CliRunner.RunAsync("search", "X.1401", "--json", "--data", _data.Path);
        var (checkExit, check, _) = await CliRunner.RunAsync("index", "check", "--data", _data.Path);

        exit.ShouldBe(0);
        error.ShouldContain("damaged");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("hits")[0].GetProperty("key").GetString().ShouldBe("ITU-T X.1401");
        checkExit.ShouldBe(0);
        check.ShouldContain("consistent");
    }

    [Fact]
    public async Task IndexCheck_GraphChangedBehindTheIndex_ReportsItUntilRebuilt()
    {
        await SeedAsync();
        await using (var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(_data.Path)))
        {
            await store.InitializeAsync(Ct);
            await store.UpsertAsync(new GraphBatch { Documents = [Builders.Itu("ITU-T X.1404", "Security assurance for distributed ledger technology")] }, new ChangeContext(null, "test", new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)), Ct);
        }

        var (exit, output, _) = await CliRunner.RunAsync("index", "check", "--json", "--data", _data.Path);
        var (rebuildExit, _, _) = await CliRunner.RunAsync("index", "rebuild", "--data", _data.Path);
        var (afterExit, after, _) = await CliRunner.RunAsync("index", "check", "--data", _data.Path);

        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("missing").EnumerateArray().Select(k => k.GetString()).ShouldBe(["ITU-T X.1404"]);
        rebuildExit.ShouldBe(0);
        afterExit.ShouldBe(0);
        after.ShouldStartWith("consistent");
    }

    private async Task SeedAsync()
    {
        var feed = Path.Combine(_data.Root, "catalogue.jsonl");
        await File.WriteAllLinesAsync(feed,
        [
            """{"sdo":"ITU-T","designation":"ITU-T X.1401","docid":"ITU-T X.1401 (11/2019)","edition":"11/2019","type":"recommendation","title":"Security threats to distributed ledger technology","status":"Published","date":"2019-11-13","committee":"SG17","url":null,"abstract":null,"relations":[],"source":"test"}""",
            """{"sdo":"ITU-T","designation":"ITU-T X.1402","docid":"ITU-T X.1402 (10/2020)","edition":"10/2020","type":"recommendation","title":"Security framework for distributed ledger technology","status":"Published","date":"2020-10-29","committee":"SG17","url":null,"abstract":null,"relations":[],"source":"test"}""",
            """{"sdo":"ETSI","designation":"ETSI GS PDL 012","docid":"ETSI GS PDL 012 V1.1.1 (2023-01)","edition":"V1.1.1","type":"group-specification","title":"Permissioned Distributed Ledger (PDL); Reference Architecture","status":null,"date":"2023-01","committee":"Permissioned Distributed Ledger","url":null,"abstract":null,"relations":[],"source":"test"}""",
        ], Ct);
        (await CliRunner.RunAsync("import", "catalogue", feed, "--data", _data.Path)).Exit.ShouldBe(0);
    }
}
