using System.Text.Json;
using Roadmap.Core.Crawling;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest.Space;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests.Reliability;

/// <summary>
/// A data folder that lost its graph file, and a disk that fills during an import. Before: a new, empty graph with exit
/// 0 (and the old index still answering); a stack trace and exit 134. Now: exit 1 with a message, nothing half-written,
/// and the same import run again completes.
/// </summary>
public sealed class DiskAndDataFolderTests : IDisposable
{
    private static readonly string Feed = Path.Combine(SharedData.RepoRoot, "samples", "iso_deliverables_metadata.jsonl");
    private readonly TempDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Stats_GraphFileDeletedNextToIndexAndMarker_ExitsOneNamingWhatIsMissing()
    {
        // Arrange: a folder with documents and an index, then graph.db (and its WAL) gone
        (await RunAsync(Plenty(), "import", "iso-open-data", Feed, "--data", _data.Path)).Exit.ShouldBe(0);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_data.Path, "graph.db*"))
        {
            File.Delete(file);
        }

        // Act
        var stats = await RunAsync(Plenty(), "stats", "--data", _data.Path);
        var import = await RunAsync(Plenty(), "import", "iso-open-data", Feed, "--data", _data.Path);

        // Assert
        stats.Exit.ShouldBe(1);
        stats.Err.ShouldContain("graph.db is missing");
        stats.Err.ShouldContain("search index");
        stats.Err.ShouldNotContain("   at ");
        import.Exit.ShouldBe(1, "no import is written into a silently new graph");
        File.Exists(Path.Combine(_data.Path, "graph.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task Import_TooLittleFreeSpace_ExitsOneBeforeWritingAnything()
    {
        // Act: 1 MiB free, the feed is 255 kB: twice it plus the reserve does not fit
        var (exit, _, err) = await RunAsync(new FakeFreeSpace(1024 * 1024), "import", "iso-open-data", Feed, "--data", _data.Path);

        // Assert
        exit.ShouldBe(1);
        err.ShouldStartWith("error: not enough free disk space for this import");
        err.ShouldContain("1.0 MiB free");
        err.ShouldNotContain("   at ");
        (await DocumentsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Import_DiskFillsMidway_ExitsOneKeepsWholeBatchesAndARerunCompletes()
    {
        // Arrange: the reference, an import with room to spare
        using var reference = new TempDirectory();
        (await RunAsync(Plenty(), "import", "iso-open-data", Feed, "--batch-size", "10", "--data", reference.Path)).Exit.ShouldBe(0);

        // Act: the disk reports plenty for the start and 5 batches, then 1 MiB
        var full = await RunAsync(new FakeFreeSpace(1L << 40, fullAfterCalls: 6), "import", "iso-open-data", Feed, "--batch-size", "10", "--data", _data.Path);
        var afterFull = await DocumentsAsync();
        var runs = await RunsAsync();
        var rerun = await RunAsync(Plenty(), "import", "iso-open-data", Feed, "--batch-size", "10", "--json", "--data", _data.Path);

        // Assert
        full.Exit.ShouldBe(1);
        full.Err.ShouldContain("is nearly full");
        full.Err.ShouldContain("run the same import again");
        full.Err.ShouldNotContain("   at ");
        afterFull.ShouldBeInRange(1, 50, "five whole batches of 10 were written before the disk filled");
        runs.ShouldContain(r => r.State == CrawlRunState.Failed && r.Message!.Contains("nearly full", StringComparison.Ordinal));
        rerun.Exit.ShouldBe(0, rerun.Err);
        (await DocumentsAsync()).ShouldBe(await DocumentsAsync(reference.Path));
        JsonDocument.Parse(rerun.Out).RootElement.GetProperty("added").GetInt32().ShouldBeGreaterThan(0);
    }

    private static FakeFreeSpace Plenty() => new(1L << 40);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(IFreeSpace space, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error, space, Ct);
        return (exit, output.ToString(), error.ToString());
    }

    private Task<int> DocumentsAsync() => DocumentsAsync(_data.Path);

    private static async Task<int> DocumentsAsync(string path)
    {
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(path));
        await store.InitializeAsync(Ct);
        return (await store.GetStatsAsync(Ct)).Documents;
    }

    private async Task<IReadOnlyList<CrawlRun>> RunsAsync()
    {
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(_data.Path));
        return await store.ListCrawlRunsAsync(10, Ct);
    }

    /// <summary>A disk with <paramref name="free"/> bytes free, and 1 MiB once asked more than <paramref name="fullAfterCalls"/> times.</summary>
    private sealed class FakeFreeSpace(long free, int fullAfterCalls = int.MaxValue) : IFreeSpace
    {
        private int _calls;

        public long? AvailableBytes(string path) => Interlocked.Increment(ref _calls) > fullAfterCalls ? 1024 * 1024 : free;
    }
}
