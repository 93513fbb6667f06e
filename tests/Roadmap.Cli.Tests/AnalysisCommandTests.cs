using Roadmap.TestKit;
using System.Text.Json;

namespace Roadmap.Cli.Tests;

public sealed class AnalysisCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("analyze")]
    [InlineData("gaps")]
    [InlineData("overlaps")]
    [InlineData("coverage")]
    public async Task AnalysisVerb_HasHelp(string verb)
    {
        var (exit, output, _) = await CliRunner.RunAsync(verb, "--help");

        exit.ShouldBe(0);
        output.ShouldContain("Usage:");
    }

    [Fact]
    public async Task Analyze_BadAsOfDate_ExitsTwo()
    {
        var (exit, _, err) = await CliRunner.RunAsync("analyze", "--as-of", "2019-13-01", "--data", _data.Path);

        exit.ShouldBe(2);
        err.ShouldContain("--as-of");
    }

    [Fact]
    public async Task Coverage_BeforeAnyAnalysis_SaysToAnalyseFirst()
    {
        var (exit, _, err) = await CliRunner.RunAsync("coverage", "--data", _data.Path);

        exit.ShouldBe(1);
        err.ShouldContain("roadmap analyze");
    }

    [Fact]
    public async Task Analyze_ThenReadVerbs_OnTheSamples_GiveJsonResults()
    {
        // Arrange
        var catalogue = Path.Combine(TestKit.SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("analyze", "--json", "--data", _data.Path);
        var again = await CliRunner.RunAsync("analyze", "--json", "--data", _data.Path);
        var gaps = await CliRunner.RunAsync("gaps", "--json", "--data", _data.Path);
        var overlaps = await CliRunner.RunAsync("overlaps", "--json", "--data", _data.Path);
        var coverage = await CliRunner.RunAsync("coverage", "--json", "--data", _data.Path);

        // Assert
        exit.ShouldBe(0);
        using (var json = JsonDocument.Parse(output))
        {
            json.RootElement.GetProperty("run").GetProperty("mode").GetString().ShouldBe("Full");
            json.RootElement.GetProperty("assignments").GetArrayLength().ShouldBeGreaterThan(50);
        }

        using (var json = JsonDocument.Parse(again.Out))
        {
            json.RootElement.GetProperty("run").GetProperty("mode").GetString().ShouldBe("Incremental");
        }

        (gaps.Exit, overlaps.Exit, coverage.Exit).ShouldBe((0, 0, 0));
        using var gapJson = JsonDocument.Parse(gaps.Out);
        gapJson.RootElement.EnumerateArray().ShouldAllBe(g => g.GetProperty("priorityBreakdown").GetProperty("terms").GetArrayLength() == 6);
        using var coverageJson = JsonDocument.Parse(coverage.Out);
        coverageJson.RootElement.GetProperty("cells").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Show_FormsSearchReadsAndAfterAnAnalysis_FindsTheDocumentWithItsTopicsGapsAndOverlaps()
    {
        // Arrange
        var catalogue = Path.Combine(TestKit.SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        var before = await CliRunner.RunAsync("show", "PDL-012", "--data", _data.Path);
        (await CliRunner.RunAsync("analyze", "--data", _data.Path)).Exit.ShouldBe(0);

        // Act
        var text = await CliRunner.RunAsync("show", "PDL-012", "--data", _data.Path);
        var json = await CliRunner.RunAsync("show", "W3C REC-vc-data-model-20191119", "--json", "--data", _data.Path);
        var nearMiss = await CliRunner.RunAsync("show", "ETSI GS PDL 112", "--data", _data.Path);

        // Assert
        (before.Exit, text.Exit, json.Exit).ShouldBe((0, 0, 0));
        before.Out.ShouldContain("run 'roadmap analyze'");
        text.Out.ShouldStartWith("ETSI GS PDL 012");
        text.Out.ShouldContain("(primary");
        text.Out.ShouldContain("Overlaps");
        using var parsed = JsonDocument.Parse(json.Out);
        parsed.RootElement.GetProperty("document").GetProperty("key").GetString().ShouldStartWith("W3C vc-data-model");
        var topics = parsed.RootElement.GetProperty("analysis").GetProperty("topics");
        topics[0].GetProperty("primary").GetBoolean().ShouldBeTrue();
        topics[0].GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
        parsed.RootElement.GetProperty("analysis").TryGetProperty("gaps", out _).ShouldBeTrue();
        nearMiss.Exit.ShouldBe(1);
        nearMiss.Err.ShouldContain("did you mean");
        nearMiss.Err.ShouldContain("ETSI GS PDL 012");
    }

    [Fact]
    public async Task Gaps_WithTheApisFilters_ListsOnlyMatchingGapsInOrder()
    {
        // Arrange
        var catalogue = Path.Combine(TestKit.SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        (await CliRunner.RunAsync("analyze", "--data", _data.Path)).Exit.ShouldBe(0);
        var all = Gaps((await CliRunner.RunAsync("gaps", "--json", "--data", _data.Path)).Out);
        var topic = all.Select(g => g.TopicId).First();
        var root = topic.Split('.')[0];

        // Act
        var open = Gaps((await CliRunner.RunAsync("gaps", "--status", "Open", "--json", "--data", _data.Path)).Out);
        var underRoot = Gaps((await CliRunner.RunAsync("gaps", "--topic", root, "--json", "--data", _data.Path)).Out);
        var ascending = Gaps((await CliRunner.RunAsync("gaps", "--order-by", "Topic", "--ascending", "--limit", "3", "--json", "--data", _data.Path)).Out);
        var high = Gaps((await CliRunner.RunAsync("gaps", "--min-priority", "80", "--json", "--data", _data.Path)).Out);
        var badPriority = await CliRunner.RunAsync("gaps", "--min-priority", "500", "--data", _data.Path);

        // Assert
        all.ShouldNotBeEmpty();
        all.Select(g => g.Priority).ShouldBe(all.Select(g => g.Priority).OrderDescending());
        open.ShouldAllBe(g => g.Status == "Open");
        underRoot.ShouldNotBeEmpty();
        underRoot.ShouldAllBe(g => g.TopicId == root || g.TopicId.StartsWith(root + ".", StringComparison.Ordinal));
        ascending.Count.ShouldBe(Math.Min(3, all.Count));
        ascending.Select(g => g.TopicId).ShouldBe(ascending.Select(g => g.TopicId).Order(StringComparer.Ordinal));
        high.ShouldAllBe(g => g.Priority >= 80);
        high.Count.ShouldBe(all.Count(g => g.Priority >= 80));
        badPriority.Exit.ShouldBe(2);
    }

    [Fact]
    public async Task Import_IntoAnAnalysedFolder_ClassifiesTheNewDocumentsBeforeItReturns()
    {
        // Arrange: an analysed folder, and a feed of one new DLT security document.
        var catalogue = Path.Combine(TestKit.SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        (await CliRunner.RunAsync("analyze", "--data", _data.Path)).Exit.ShouldBe(0);
        var feed = Path.Combine(_data.Root, "new.jsonl");
        await File.WriteAllTextAsync(feed, """
            {"sdo":"ITU-T","designation":"ITU-T X.1499","docid":"ITU-T X.1499 (01/2026)","edition":"01/2026","type":"recommendation","title":"Security threats and requirements of distributed ledger technology smart contracts","status":"Published","date":"2026-01-15","committee":"SG17","url":null,"abstract":null,"relations":[],"source":"test"}

            """, TestContext.Current.CancellationToken);

        // Act
        var (exit, _, err) = await CliRunner.RunAsync("import", "catalogue", feed, "--data", _data.Path);
        var (_, topics, _) = await CliRunner.RunAsync("search", "X.1499", "--facets", "--json", "--data", _data.Path);

        // Assert: the pipeline's pass classified it (incremental run) and re-filed it under its topics in the index.
        exit.ShouldBe(0, err);
        err.ShouldContain("analysis: Incremental run");
        using var found = JsonDocument.Parse(topics);
        found.RootElement.GetProperty("hits").EnumerateArray().ShouldContain(h => h.GetProperty("key").GetString() == "ITU-T X.1499");
        var topicFacet = found.RootElement.GetProperty("facets").EnumerateObject().Single(f => f.Name.Equals("topic", StringComparison.OrdinalIgnoreCase));
        topicFacet.Value.GetArrayLength().ShouldBeGreaterThan(0, "the new document is filed under the topics the analysis gave it");
    }

    [Fact]
    public async Task CoverageAndOverlaps_AfterAnAsOfRun_StillShowTheLiveLandscape()
    {
        // Arrange
        var catalogue = Path.Combine(TestKit.SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        (await CliRunner.RunAsync("analyze", "--data", _data.Path)).Exit.ShouldBe(0);
        var coverage = (await CliRunner.RunAsync("coverage", "--json", "--data", _data.Path)).Out;
        var overlaps = (await CliRunner.RunAsync("overlaps", "--json", "--data", _data.Path)).Out;

        // Act: a reader's question about 2019 records an "as of" run, newer than the live one.
        (await CliRunner.RunAsync("analyze", "--as-of", "2019-12-31", "--data", _data.Path)).Exit.ShouldBe(0);
        var coverageAfter = (await CliRunner.RunAsync("coverage", "--json", "--data", _data.Path)).Out;
        var overlapsAfter = (await CliRunner.RunAsync("overlaps", "--json", "--data", _data.Path)).Out;

        // Assert
        coverageAfter.ShouldBe(coverage);
        overlapsAfter.ShouldBe(overlaps);
    }

    private static List<(string TopicId, string Status, double Priority)> Gaps(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(g => (g.GetProperty("topicId").GetString()!, g.GetProperty("status").GetString()!, g.GetProperty("priority").GetDouble()))];
    }
}
