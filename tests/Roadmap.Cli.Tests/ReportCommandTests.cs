using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("report")]
    [InlineData("export")]
    public async Task Verb_HasHelp(string verb)
    {
        var (exit, output, _) = await CliRunner.RunAsync(verb, "--help");

        exit.ShouldBe(0);
        output.ShouldContain("--format");
    }

    [Theory]
    [InlineData("report", "--format", "docx")]
    [InlineData("report", "--format", "pdf")]
    [InlineData("report", "--format", "md", "--as-of", "2019-02-30")]
    [InlineData("export", "--format", "csv")]
    [InlineData("export", "--format", "xml")]
    public async Task Verb_BadUsage_ExitsTwo(params string[] args)
    {
        var (exit, _, err) = await CliRunner.RunAsync([.. args, "--data", _data.Path]);

        exit.ShouldBe(2);
        err.ShouldContain("error:");
    }

    [Fact]
    public async Task Report_BeforeAnyAnalysis_SaysToAnalyseFirst()
    {
        var (exit, _, err) = await CliRunner.RunAsync("report", "--format", "md", "--data", _data.Path);

        exit.ShouldBe(1);
        err.ShouldContain("roadmap analyze");
    }

    [Fact]
    public async Task ReportAndExport_OnTheSamples_WriteEveryFormat()
    {
        // Arrange
        var catalogue = Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        (await CliRunner.RunAsync("analyze", "--data", _data.Path)).Exit.ShouldBe(0);
        var docx = Path.Combine(_data.Root, "out", "roadmap.docx");

        // Act
        var markdown = await CliRunner.RunAsync("report", "--format", "md", "--as-of", "2019-12-31", "--data", _data.Path);
        var word = await CliRunner.RunAsync("report", "--format", "docx", "--out", docx, "--data", _data.Path);
        var jsonld = await CliRunner.RunAsync("export", "--format", "jsonld", "--what", "gaps", "--data", _data.Path);
        var csv = await CliRunner.RunAsync("export", "--format", "csv", "--out", Path.Combine(_data.Root, "csv"), "--data", _data.Path);

        // Assert
        markdown.Exit.ShouldBe(0);
        markdown.Out.ShouldStartWith("# Security standardization roadmap");
        markdown.Out.ShouldContain("Edition as of 2019-12-31");
        word.Exit.ShouldBe(0);
        new FileInfo(docx).Length.ShouldBeGreaterThan(10_000);
        jsonld.Exit.ShouldBe(0);
        System.Text.Json.JsonDocument.Parse(jsonld.Out).RootElement.GetProperty("@graph").GetArrayLength().ShouldBeGreaterThan(0);
        csv.Exit.ShouldBe(0);
        Directory.GetFiles(Path.Combine(_data.Root, "csv")).Select(Path.GetFileName).Order().ShouldBe(["documents.csv", "gaps.csv", "overlaps.csv"]);
    }
}
