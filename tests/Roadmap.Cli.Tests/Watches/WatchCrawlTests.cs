using System.Text.Json;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests.Watches;

/// <summary>
/// The "done when": a crawl of the bundled snapshot that moves one document's stage gives exactly one event per
/// matching watch, through the CLI's own pipeline pass.
/// </summary>
[Trait("Tier", "Slow")] // crawls the whole committed ISO snapshot twice through the CLI (~15 s)
public sealed class WatchCrawlTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _snapshot = new();

    public void Dispose()
    {
        _data.Dispose();
        _snapshot.Dispose();
    }

    [Fact]
    public async Task Crawl_MovesOneStage_OneEventPerMatchingWatch()
    {
        // Arrange: a copy of the snapshot, crawled once; then watches, some matching ISO/IEC 27090 and some not.
        CopySnapshot();
        (await CliRunner.RunAsync("crawl", "--source", "iso", "--from", _snapshot.Path, "--data", _data.Path)).Exit.ShouldBe(0);
        var sc27 = await AddAsync("--name", "SC 27", "--committee", "ISO/IEC JTC 1");
        var picked = await AddAsync("--name", "27090", "--document", "ISO/IEC 27090", "--significant-only");
        var pattern = await AddAsync("--name", "AI security", "--designation", "^ISO/IEC (DIS |FDIS )?2709\\d");
        await AddAsync("--name", "ITU only", "--body", "ITU-T");
        await AddAsync("--name", "published", "--committee", "ISO/IEC JTC 1", "--transition", "Published");
        var page = Path.Combine(_snapshot.Path, "www.iso.org", "standard", "56581.html");
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken)).Replace(">40.20<", ">50.00<", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        // Act
        var crawl = await CliRunner.RunAsync("crawl", "--source", "iso", "--from", _snapshot.Path, "--data", _data.Path);
        var again = await CliRunner.RunAsync("crawl", "--source", "iso", "--from", _snapshot.Path, "--data", _data.Path);
        var (exit, output, _) = await CliRunner.RunAsync("watch", "events", "--json", "--data", _data.Path);

        // Assert
        crawl.Exit.ShouldBe(0, crawl.Err);
        again.Exit.ShouldBe(0, again.Err);
        exit.ShouldBe(0);
        using var events = JsonDocument.Parse(output);
        var list = events.RootElement.EnumerateArray().ToList();
        list.Select(e => e.GetProperty("watchId").GetString()).ShouldBe([sc27, picked, pattern], ignoreOrder: true);
        list.ShouldAllBe(e => e.GetProperty("kind").GetString() == "StageChange" && e.GetProperty("documentKey").GetString() == "ISO/IEC 27090");
        list.ShouldAllBe(e => e.GetProperty("before").GetString() == "40.20" && e.GetProperty("after").GetString() == "50.00" && e.GetProperty("significant").GetBoolean());
    }

    private async Task<string> AddAsync(params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["watch", "add", .. args, "--json", "--data", _data.Path]);
        exit.ShouldBe(0, error);
        using var watch = JsonDocument.Parse(output);
        return watch.RootElement.GetProperty("id").GetString()!;
    }

    private void CopySnapshot()
    {
        var source = Path.Combine(SharedData.RepoRoot, "samples", "snapshot");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_snapshot.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
