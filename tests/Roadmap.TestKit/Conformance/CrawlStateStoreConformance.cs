using Roadmap.Core.Crawling;

namespace Roadmap.TestKit.Conformance;

/// <summary>
/// The behaviour every crawl state store must have, written once (derive and say how to make an empty store and how to
/// open a second store object on the same database): checkpoints and listing counts per source, replaced whole, and the
/// provenance ledger read back per run in the order it was written — the same through any store object.
/// </summary>
public abstract class CrawlStateStoreConformance : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private ICrawlStateStore? _store;

    protected ICrawlStateStore Store => _store ?? throw new InvalidOperationException("store not created");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, initialised store.</summary>
    protected abstract Task<ICrawlStateStore> CreateStoreAsync();

    /// <summary>Opens another store object on the database <see cref="CreateStoreAsync"/> made (as another instance would).</summary>
    protected abstract Task<ICrawlStateStore> OpenAnotherAsync();

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected static CrawlProvenance Line(string run, int page, params string[] keys) => new()
    {
        RunId = run,
        Url = $"https://www.iso.org/standard/{page}.html",
        FetchedAt = T0.AddSeconds(page).AddTicks(1234567),
        ContentHash = $"{page:x32}",
        Keys = keys,
    };

    [Fact]
    public async Task LoadCheckpointAsync_NoneSaved_ReturnsNull()
    {
        // Act
        var checkpoint = await Store.LoadCheckpointAsync("iso", Ct);

        // Assert
        checkpoint.ShouldBeNull();
    }

    [Fact]
    public async Task SaveCheckpointAsync_ThenLoad_ReturnsTheSameTextPerSource()
    {
        // Arrange
        const string Iso = """{"runId":"iso-1","source":"iso","pending":[{"url":"https://www.iso.org/x","kind":"iso-catalogue"}],"done":["ü"]}""";
        const string Itu = """{"runId":"itu-t-1","source":"itu-t"}""";

        // Act
        await Store.SaveCheckpointAsync("iso", Iso, Ct);
        await Store.SaveCheckpointAsync("itu-t", Itu, Ct);

        // Assert
        (await Store.LoadCheckpointAsync("iso", Ct)).ShouldBe(Iso);
        (await Store.LoadCheckpointAsync("itu-t", Ct)).ShouldBe(Itu);
    }

    [Fact]
    public async Task SaveCheckpointAsync_Again_ReplacesIt()
    {
        // Arrange
        await Store.SaveCheckpointAsync("iso", """{"runId":"iso-1"}""", Ct);

        // Act
        await Store.SaveCheckpointAsync("iso", """{"runId":"iso-1","done":["a"]}""", Ct);

        // Assert
        (await Store.LoadCheckpointAsync("iso", Ct)).ShouldBe("""{"runId":"iso-1","done":["a"]}""");
    }

    [Fact]
    public async Task DeleteCheckpointAsync_Saved_RemovesOnlyThatSource()
    {
        // Arrange
        await Store.SaveCheckpointAsync("iso", """{"runId":"iso-1"}""", Ct);
        await Store.SaveCheckpointAsync("itu-t", """{"runId":"itu-t-1"}""", Ct);

        // Act
        await Store.DeleteCheckpointAsync("iso", Ct);
        await Store.DeleteCheckpointAsync("ietf", Ct);

        // Assert
        (await Store.LoadCheckpointAsync("iso", Ct)).ShouldBeNull();
        (await Store.LoadCheckpointAsync("itu-t", Ct)).ShouldBe("""{"runId":"itu-t-1"}""");
    }

    [Fact]
    public async Task Checkpoint_SavedThroughAnotherStoreObject_IsLoadedAndDeletedHere()
    {
        // Arrange
        var other = await OpenAnotherAsync();

        // Act
        await other.SaveCheckpointAsync("iso", """{"runId":"iso-1"}""", Ct);
        var seen = await Store.LoadCheckpointAsync("iso", Ct);
        await Store.DeleteCheckpointAsync("iso", Ct);

        // Assert
        seen.ShouldBe("""{"runId":"iso-1"}""");
        (await other.LoadCheckpointAsync("iso", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task LoadListingCountsAsync_NoneSaved_ReturnsEmpty()
    {
        // Act
        var counts = await Store.LoadListingCountsAsync("itu-t", Ct);

        // Assert
        counts.ShouldBeEmpty();
    }

    [Fact]
    public async Task SaveListingCountsAsync_ThenLoad_RoundTripsAndReplacesPerSource()
    {
        // Arrange
        var first = new Dictionary<string, int> { ["https://www.itu.int/rec/T-REC-F/en"] = 120, ["https://www.itu.int/rec/T-REC-Y/en"] = 480 };
        var second = new Dictionary<string, int> { ["https://www.itu.int/rec/T-REC-F/en"] = 121 };
        var iso = new Dictionary<string, int> { ["https://www.iso.org/committee/6266604"] = 0 };

        // Act
        await Store.SaveListingCountsAsync("itu-t", first, Ct);
        await Store.SaveListingCountsAsync("iso", iso, Ct);
        var loaded = await Store.LoadListingCountsAsync("itu-t", Ct);
        await Store.SaveListingCountsAsync("itu-t", second, Ct);

        // Assert
        loaded.ShouldBe(first, ignoreOrder: true);
        (await Store.LoadListingCountsAsync("itu-t", Ct)).ShouldBe(second, ignoreOrder: true);
        (await (await OpenAnotherAsync()).LoadListingCountsAsync("iso", Ct)).ShouldBe(iso, ignoreOrder: true);
    }

    [Fact]
    public async Task ReadProvenanceAsync_SeveralRuns_ReturnsTheirLinesInAppendOrder()
    {
        // Arrange
        var lines = new[] { Line("run-a", 3, "ISO 22739"), Line("run-b", 1, "ITU-T F.751.0"), Line("run-a", 2, "ISO 23257", "ISO/TR 23455"), Line("run-c", 9), Line("run-a", 1, "ISO 22739") };
        foreach (var line in lines)
        {
            await Store.AppendProvenanceAsync(line, Ct);
        }

        // Act
        var runA = await Store.ReadProvenanceAsync(["run-a"], Ct);
        var runsAAndC = await Store.ReadProvenanceAsync(["run-c", "run-a", "run-a"], Ct);
        var none = await Store.ReadProvenanceAsync([], Ct);
        var unknown = await Store.ReadProvenanceAsync(["run-z"], Ct);

        // Assert
        runA.Select(Text).ShouldBe([Text(lines[0]), Text(lines[2]), Text(lines[4])]);
        runsAAndC.Select(Text).ShouldBe([Text(lines[0]), Text(lines[2]), Text(lines[3]), Text(lines[4])]);
        runA[1].FetchedAt.ShouldBe(lines[2].FetchedAt);
        none.ShouldBeEmpty();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public async Task AppendProvenanceAsync_ThroughTwoStoreObjects_KeepsTheOrderTheyWereWritten()
    {
        // Arrange
        var other = await OpenAnotherAsync();

        // Act
        await Store.AppendProvenanceAsync(Line("run-a", 1, "k1"), Ct);
        await other.AppendProvenanceAsync(Line("run-a", 2, "k2"), Ct);
        await Store.AppendProvenanceAsync(Line("run-a", 3, "k3"), Ct);

        // Assert
        (await other.ReadProvenanceAsync(["run-a"], Ct)).SelectMany(l => l.Keys).ShouldBe(["k1", "k2", "k3"]);
    }

    // Records with a list compare the list by reference; this compares what a line says.
    private static string Text(CrawlProvenance line) =>
        $"{line.RunId} {line.Url} {line.FetchedAt:O} {line.ContentHash} [{string.Join(", ", line.Keys)}]";
}
