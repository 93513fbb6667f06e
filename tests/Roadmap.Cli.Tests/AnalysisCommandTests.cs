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
        gapJson.RootElement.EnumerateArray().ShouldAllBe(g => g.GetProperty("priorityBreakdown").GetProperty("terms").GetArrayLength() == 4);
        using var coverageJson = JsonDocument.Parse(coverage.Out);
        coverageJson.RootElement.GetProperty("cells").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
