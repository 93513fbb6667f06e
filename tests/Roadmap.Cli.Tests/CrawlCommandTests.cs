using System.Text.Json;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

public sealed class CrawlCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    [Trait("Tier", "Slow")] // over 5 s: crawls the whole committed ISO snapshot through the CLI (~7 s)
    public async Task CrawlFromSnapshot_ThenChanges_ListsAddedDocumentsWithTheirSourcePages()
    {
        // Arrange
        var snapshot = Path.Combine(SharedData.RepoRoot, "samples", "snapshot");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("crawl", "--source", "iso", "--from", snapshot, "--json", "--data", _data.Path);
        var (changesExit, changes, _) = await CliRunner.RunAsync("changes", "--since", "2000-01-01", "--json", "--data", _data.Path);

        // Assert
        exit.ShouldBe(0);
        using var report = JsonDocument.Parse(output);
        var iso = report.RootElement.EnumerateArray().ShouldHaveSingleItem();
        iso.GetProperty("state").GetString().ShouldBe("Succeeded");
        iso.GetProperty("added").GetInt32().ShouldBeGreaterThan(300);
        changesExit.ShouldBe(0);
        using var list = JsonDocument.Parse(changes);
        var first = list.RootElement.EnumerateArray().First();
        first.GetProperty("kind").GetString().ShouldBe("Added");
        first.GetProperty("sourceUrl").GetString()!.ShouldStartWith("https://www.iso.org/standard/");
        first.GetProperty("contentHash").GetString()!.Length.ShouldBe(32);
    }

    [Fact]
    public async Task Parse_RealRecPage_PrintsTheRecordAndExitsZero()
    {
        // Arrange
        var page = SharedData.Require("pages/itu/rec.aspx_lang=en_rec=12210__Y.3500.html");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("parse", "itu-rec", page);

        // Assert
        exit.ShouldBe(0);
        output.ShouldContain("ITU-T Y.3500 (08/2014) — Information technology – Cloud computing – Overview and vocabulary");
        output.ShouldContain("relation ITU-T Y.3500 CommonText ISO/IEC 17788");
    }

    [Fact]
    public async Task Parse_PageOfAnotherKind_ExitsOneNamingTheFailedSelector()
    {
        // Arrange
        var page = SharedData.Require("pages/iso/iso_123.html");

        // Act
        var (exit, _, err) = await CliRunner.RunAsync("parse", "itu-rec", page);

        // Assert
        exit.ShouldBe(1);
        err.ShouldContain("selector failed: #ctl00_content_main_uc_rec_main_info1_rpt_main_ctl00_lbl_rec");
    }

    [Fact]
    public async Task Parse_UnknownKind_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("parse", "etsi-page", "x.html");

        exit.ShouldBe(2);
    }
}
