using Roadmap.TestKit;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest.Committees;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Ingest.Tests;

public sealed class ImporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Feed =
    [
        IsoLines.Vocabulary2020, IsoLines.SmartContracts, IsoLines.Draft, IsoLines.Vocabulary2024, IsoLines.Amendment,
    ];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_SameFeedAgain_ReportsNothingAddedOrChanged()
    {
        await using var store = await StoreAsync("a");
        var importer = new Importer(store, _time);

        var first = await importer.ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);
        var second = await importer.ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);

        // Both editions of ISO 22739 fall in one batch and merge into one document.
        first.Added.ShouldBe(4);
        first.Changed.ShouldBe(0);
        second.Added.ShouldBe(0);
        second.Changed.ShouldBe(0);
        second.Unchanged.ShouldBe(4);
        (await store.ListCrawlRunsAsync(10, Ct)).Select(r => r.State).ShouldAllBe(s => s == CrawlRunState.Succeeded);
    }

    [Fact]
    public async Task Import_BatchSizeAndOrder_DoNotChangeTheResult()
    {
        await using var oneByOne = await StoreAsync("one");
        await using var reversed = await StoreAsync("reversed");
        await new Importer(oneByOne, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);
        await new Importer(reversed, _time, new ImportOptions { BatchSize = 1000 }).ImportAsync(Stream([.. Feed.Reverse()]), "feed", new IsoOpenDataMapper(), null, Ct);

        var a = await oneByOne.ListDocumentsAsync(new DocumentQuery { First = 100 }, Ct);
        var b = await reversed.ListDocumentsAsync(new DocumentQuery { First = 100 }, Ct);

        a.Items.ShouldBe(b.Items);
        (await oneByOne.GetDocumentAsync("ISO 22739", Ct))!.Designation.ShouldBe("ISO 22739:2024");
        (await oneByOne.GetStatsAsync(Ct)).Relations.ShouldBe((await reversed.GetStatsAsync(Ct)).Relations);
    }

    [Fact]
    public async Task Import_BadLines_AreCountedAndTheRestStored()
    {
        await using var store = await StoreAsync("bad");
        var importer = new Importer(store, _time);

        var report = await importer.ImportAsync(Stream([IsoLines.Vocabulary2024, IsoLines.Truncated, IsoLines.UnknownStage, IsoLines.BadDesignation, IsoLines.Draft]), "feed", new IsoOpenDataMapper(), null, Ct);

        report.Added.ShouldBe(2);
        report.Rejected.ShouldBe(3);
        report.Rejections.Select(r => r.Line).ShouldBe([2L, 3L, 4L]);
        (await store.ListCrawlRunsAsync(1, Ct)).Single().State.ShouldBe(CrawlRunState.Degraded);
    }

    [Fact]
    public async Task Import_Committees_SetsTitlesAndParents()
    {
        await using var store = await StoreAsync("committees");
        var lines = new[]
        {
            """{"key":"ITU-T Q14/17","body":"ITU-T","title":"Security aspects for distributed ledger technologies","parent":"ITU-T SG17","studyPeriod":"2022-2024"}""",
            """{"key":"ISO/IEC JTC 1/SC 27","body":"ISO/IEC","title":"Information security, cybersecurity and privacy protection","parent":"ISO/IEC JTC 1","studyPeriod":null}""",
            """{"key":"","body":"x"}""",
        };

        var report = await new Importer(store, _time).ImportAsync(Stream(lines), "committees", new CommitteeMapper(), null, Ct);

        report.Rejected.ShouldBe(1);
        var question = await store.GetCommitteeAsync("ITU-T Q14/17", Ct);
        question!.ParentKey.ShouldBe("ITU-T SG17");
        question.StudyPeriod.ShouldBe("2022-2024");
        (await store.GetCommitteeAsync("ISO/IEC JTC 1/SC 27", Ct))!.Body.ShouldBe("ISO/IEC JTC 1");
    }

    [Fact]
    public async Task Import_CommitteesAgainAndRetitled_CountsCommitteesAddedChangedAndUnchanged()
    {
        // Arrange
        await using var store = await StoreAsync("committee-counts");
        const string q14 = """{"key":"ITU-T Q14/17","body":"ITU-T","title":"Security aspects for distributed ledger technologies","parent":"ITU-T SG17","studyPeriod":"2022-2024"}""";
        const string sc27 = """{"key":"ISO/IEC JTC 1/SC 27","body":"ISO/IEC","title":"Information security, cybersecurity and privacy protection","parent":"ISO/IEC JTC 1","studyPeriod":null}""";
        var importer = new Importer(store, _time);

        // Act
        var first = await importer.ImportAsync(Stream([q14, sc27]), "committees", new CommitteeMapper(), null, Ct);
        var again = await importer.ImportAsync(Stream([q14, sc27]), "committees", new CommitteeMapper(), null, Ct);
        var retitled = await importer.ImportAsync(Stream([q14.Replace("Security aspects", "Security", StringComparison.Ordinal), sc27]), "committees", new CommitteeMapper(), null, Ct);

        // Assert: the feed carries no document, so the document counts stay 0 while the committees are counted.
        first.Added.ShouldBe(0);
        first.Committees.Added.ShouldBeGreaterThanOrEqualTo(2);
        (first.Committees.Changed, first.Committees.Unchanged).ShouldBe((0, 0));
        again.Committees.ShouldBe(new CommitteeCounts(0, 0, first.Committees.Total));
        retitled.Committees.ShouldBe(new CommitteeCounts(0, 1, first.Committees.Total - 1));
    }

    [Fact]
    public async Task Import_FromUrl_StreamsTheDownload()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var body = Encoding.UTF8.GetBytes(string.Join('\n', Feed));
            context.Response.StatusCode = 200;
            await context.Response.OutputStream.WriteAsync(body, Ct);
            context.Response.Close();
        }, Ct);
        await using var store = await StoreAsync("url");
        using var http = new HttpClient();

        var url = $"http://127.0.0.1:{port}/iso_deliverables_metadata.jsonl";
        await using var input = await LineSource.OpenAsync(url, http, Ct);
        var report = await new Importer(store, _time).ImportAsync(input, url, new IsoOpenDataMapper(), null, Ct);
        await serve;

        report.Added.ShouldBe(4);
        (await store.GetDocumentAsync("ISO/TR 23455", Ct))!.Editions.Single().Provenance!.Source.ShouldBe(url);
    }

    [Fact]
    public async Task OpenAsync_MissingFile_SaysSo() =>
        (await Should.ThrowAsync<FileNotFoundException>(() => LineSource.OpenAsync(Path.Combine(_temp.Root, "nope.jsonl"), null, Ct))).Message.ShouldContain("No such file");

    // Holding one document, the importer maps the next while the last is written; the writes stay one at a time, in order.
    [Fact]
    public async Task Import_SlowWrites_AreMadeOneAtATimeInFeedOrder()
    {
        await using var inner = await StoreAsync(Guid.NewGuid().ToString("N"));
        var (store, watch) = WatchedStore.Wrap(inner, failOnCall: 0);

        await new Importer(store, _time, new ImportOptions { BatchSize = 1, HeldDocuments = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);

        watch.MostAtOnce.ShouldBe(1);
        var mapper = new IsoOpenDataMapper();
        watch.Written.ShouldBe(Feed.Select(line => mapper.Map(line, new ImportContext("feed", _time.GetUtcNow())).Document!.Key));
        (await inner.GetStatsAsync(Ct)).Documents.ShouldBe(4);
    }

    [Fact]
    public async Task Import_EditionsListedApart_WriteTheirDocumentOnce()
    {
        await using var inner = await StoreAsync(Guid.NewGuid().ToString("N"));
        var (store, watch) = WatchedStore.Wrap(inner, failOnCall: 0);

        // ISO 22739's two editions are the feed's first and fourth lines, in separate batches of one.
        var report = await new Importer(store, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);

        watch.Written.Count(k => k == "ISO 22739").ShouldBe(1);
        watch.Written.Count.ShouldBe(4);
        (report.Added, report.Changed).ShouldBe((4, 0));
        var document = (await inner.GetDocumentAsync("ISO 22739", Ct))!;
        document.Editions.Select(e => e.Id).ShouldBe(["ISO 22739:2024", "ISO 22739:2020"]);
        (await inner.GetHistoryAsync("ISO 22739", Ct)).Select(c => c.Kind).ShouldBe([ChangeKind.Added]);
    }

    [Fact]
    public async Task Import_HoldingOneDocument_WritesEachEditionAsItComes_ToTheSameDocument()
    {
        await using var held = await StoreAsync("held");
        await using var streamed = await StoreAsync("streamed");

        await new Importer(held, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);
        await new Importer(streamed, _time, new ImportOptions { BatchSize = 1, HeldDocuments = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct);

        (await streamed.GetDocumentAsync("ISO 22739", Ct)).ShouldBe(await held.GetDocumentAsync("ISO 22739", Ct));
        (await streamed.GetHistoryAsync("ISO 22739", Ct)).Select(c => c.Kind).ShouldBe([ChangeKind.Added, ChangeKind.Changed], ignoreOrder: true);
    }

    [Fact]
    public async Task Import_Progress_MovesWithTheReadingAndCountsEveryStoredBatch()
    {
        await using var store = await StoreAsync(Guid.NewGuid().ToString("N"));
        var reports = new ConcurrentQueue<ImportProgress>();
        var input = Stream(Feed);
        var length = input.Length;

        await new Importer(store, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(input, "feed", new IsoOpenDataMapper(), new Reports(reports), Ct);

        var reading = reports.Where(r => r.BytesRead is not null).ToList();
        reading.Count.ShouldBeGreaterThan(1);
        reading.Select(r => r.BytesRead!.Value).ShouldBeInOrder(SortDirection.Ascending);
        reports.Where(r => r.BytesRead is null).Select(r => r.Documents).ShouldBe([1, 2, 3, 4]);
        reports.Last().ShouldBe(new ImportProgress(Feed.Length, 4, length, length));
    }

    private sealed class Reports(ConcurrentQueue<ImportProgress> into) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => into.Enqueue(value);
    }

    [Fact]
    public async Task Import_WriteFails_KeepsTheBatchesBeforeAndWritesNoneAfter()
    {
        await using var inner = await StoreAsync(Guid.NewGuid().ToString("N"));
        var (store, watch) = WatchedStore.Wrap(inner, failOnCall: 3);

        var failure = await Should.ThrowAsync<IOException>(() => new Importer(store, _time, new ImportOptions { BatchSize = 1 }).ImportAsync(Stream(Feed), "feed", new IsoOpenDataMapper(), null, Ct));

        failure.Message.ShouldBe("disk full");
        watch.Calls.ShouldBe(3);
        (await inner.GetStatsAsync(Ct)).Documents.ShouldBe(2);
    }

    private async Task<SqliteGraphStore> StoreAsync(string name)
    {
        var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(Path.Combine(_temp.Root, name)));
        await store.InitializeAsync(Ct);
        return store;
    }

    private static MemoryStream Stream(string[] lines) => new(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
