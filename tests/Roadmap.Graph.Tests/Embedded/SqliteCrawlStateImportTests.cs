using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Graph.Tests.Embedded;

/// <summary>An installation upgraded from the crawl files under <c>crawl/</c> keeps its checkpoints, baselines and ledger.</summary>
public sealed class SqliteCrawlStateImportTests : IDisposable
{
    private const string Checkpoint = """
        {
          "runId": "iso-20261101T020000Z-abcdef",
          "source": "iso",
          "startedAt": "2026-11-01T02:00:00+00:00",
          "pending": [ { "url": "https://www.iso.org/standard/73771.html", "kind": "iso-standard" } ]
        }
        """;

    private readonly TempDirectory _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DataDirectory Directory => DataDirectory.OpenOrCreate(_folder.Path);

    private string Crawl => Path.Combine(_folder.Path, "crawl");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FirstUse_OldCrawlFiles_AreImportedAndLeftInPlace()
    {
        // Arrange
        var directory = Directory;
        Write("checkpoints/iso.json", Checkpoint);
        Write("listings/itu-t.json", """{ "https://www.itu.int/rec/T-REC-F/en": 120, "https://www.itu.int/rec/T-REC-Y/en": 480 }""");
        Write("provenance.jsonl", string.Join('\n',
            """{"runId":"run-a","url":"https://www.iso.org/standard/1.html","fetchedAt":"2026-11-01T02:00:01+00:00","contentHash":"aa","keys":["ISO 22739"]}""",
            """{"runId":"run-b","url":"https://www.itu.int/rec/T-REC-F.751.0","fetchedAt":"2026-11-01T03:00:00+00:00","contentHash":"bb","keys":["ITU-T F.751.0"]}""",
            """{"runId":"run-a","url":"https://www.iso.org/standard/2.html","fetchedAt":"2026-11-01T02:00:02+00:00","contentHash":"cc","keys":["ISO 23257","ISO/TR 23455"]}""",
            """{"runId":"run-a","url":"https://www.iso.org/sta""") + "\n");

        // Act
        var store = new SqliteCrawlStateStore(directory);
        var checkpoint = await store.LoadCheckpointAsync("iso", Ct);
        var counts = await store.LoadListingCountsAsync("itu-t", Ct);
        var ledger = await store.ReadProvenanceAsync(["run-a", "run-b"], Ct);

        // Assert
        checkpoint.ShouldBe(Checkpoint);
        counts.ShouldBe(new Dictionary<string, int> { ["https://www.itu.int/rec/T-REC-F/en"] = 120, ["https://www.itu.int/rec/T-REC-Y/en"] = 480 }, ignoreOrder: true);
        ledger.Select(l => (l.RunId, l.ContentHash, string.Join('|', l.Keys))).ShouldBe([("run-a", "aa", "ISO 22739"), ("run-b", "bb", "ITU-T F.751.0"), ("run-a", "cc", "ISO 23257|ISO/TR 23455")]);
        ledger[2].FetchedAt.ShouldBe(new DateTimeOffset(2026, 11, 1, 2, 0, 2, TimeSpan.Zero));
        File.Exists(Path.Combine(Crawl, "checkpoints", "iso.json")).ShouldBeTrue("the files are left for an older Roadmap");
    }

    [Fact]
    public async Task LaterUse_FilesChangedAfterTheImport_AreNotImportedAgain()
    {
        // Arrange: imported, then the checkpoint finished (deleted) and the old files touched.
        var directory = Directory;
        Write("checkpoints/iso.json", Checkpoint);
        Write("provenance.jsonl", """{"runId":"run-a","url":"u1","fetchedAt":"2026-11-01T02:00:01+00:00","contentHash":"aa","keys":["k1"]}""" + "\n");
        var first = new SqliteCrawlStateStore(directory);
        await first.DeleteCheckpointAsync("iso", Ct);
        File.AppendAllText(Path.Combine(Crawl, "provenance.jsonl"), """{"runId":"run-a","url":"u2","fetchedAt":"2026-11-01T02:00:02+00:00","contentHash":"bb","keys":["k2"]}""" + "\n");

        // Act: another store object, as the next process would open.
        var again = new SqliteCrawlStateStore(DataDirectory.OpenOrCreate(_folder.Path));
        var checkpoint = await again.LoadCheckpointAsync("iso", Ct);
        var ledger = await again.ReadProvenanceAsync(["run-a"], Ct);

        // Assert
        checkpoint.ShouldBeNull();
        ledger.Select(l => l.Url).ShouldBe(["u1"]);
    }

    [Fact]
    public async Task FirstUse_DamagedBaselineFile_IsSkippedAndTheRestImported()
    {
        // Arrange
        var directory = Directory;
        Write("listings/itu-t.json", """{ "https://www.itu.int/rec/T-REC-F/en": 12""");
        Write("listings/iso.json", """{ "https://www.iso.org/committee/6266604": 7 }""");

        // Act
        var store = new SqliteCrawlStateStore(directory);
        var itu = await store.LoadListingCountsAsync("itu-t", Ct);
        var iso = await store.LoadListingCountsAsync("iso", Ct);

        // Assert
        itu.ShouldBeEmpty();
        iso.ShouldBe(new Dictionary<string, int> { ["https://www.iso.org/committee/6266604"] = 7 }, ignoreOrder: true);
    }

    [Fact]
    public async Task FirstUse_NoCrawlFiles_StartsEmpty()
    {
        // Arrange
        var store = new SqliteCrawlStateStore(Directory);

        // Act
        var checkpoint = await store.LoadCheckpointAsync("iso", Ct);
        var ledger = await store.ReadProvenanceAsync(["run-a"], Ct);

        // Assert
        checkpoint.ShouldBeNull();
        ledger.ShouldBeEmpty();
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Crawl, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
