using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Roadmap.Core.Crawling;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Runs;
using Roadmap.Crawlers.Scheduling;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests.Runs;

public sealed class NightlyCrawlServiceTests
{
    [Fact]
    public async Task ExecuteAsync_ClockPassesTwoAm_RunsTheConfiguredSourcesOnceAndExposesTheRun()
    {
        // Arrange
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));
        var runner = new FakeRunner(time);
        using var service = new NightlyCrawlService(runner, [new ItuSource(), new IsoSource()], Options.Create(new CrawlerOptions()), time, NullLogger<NightlyCrawlService>.Instance);
        await service.StartAsync(CancellationToken.None);
        await WaitUntil(() => service.Status.NextRunAt is not null);
        service.Status.NextRunAt.ShouldBe(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

        // Act
        time.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(50);
        var before = runner.Calls;
        time.Advance(TimeSpan.FromMinutes(2));
        await WaitUntil(() => service.Status.LastFinishedAt is not null);

        // Assert
        before.ShouldBe(0);
        runner.Calls.ShouldBe(1);
        runner.LastRequest!.Sources.ShouldBe(["itu-t", "iso"]);
        runner.LastRequest.Resume.ShouldBeTrue();
        service.Status.LastReports.ShouldHaveSingleItem().State.ShouldBe(CrawlRunState.Succeeded);
        await WaitUntil(() => service.Status.NextRunAt == new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TryRunNowAsync_WhileARunIsGoing_SkipsTheSecond()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var runner = new FakeRunner(time) { Gate = new TaskCompletionSource() };
        using var service = new NightlyCrawlService(runner, [new ItuSource(), new IsoSource()], Options.Create(new CrawlerOptions()), time, NullLogger<NightlyCrawlService>.Instance);
        var first = service.TryRunNowAsync(CancellationToken.None);
        await WaitUntil(() => service.Status.Running);

        // Act
        var second = await service.TryRunNowAsync(CancellationToken.None);
        runner.Gate.SetResult();

        // Assert
        second.ShouldBeFalse();
        (await first).ShouldBeTrue();
        runner.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task ExecuteAsync_TwoInstancesOnOneStore_CrawlOncePerSchedule()
    {
        // Arrange: two services (two instances of the service) sharing one graph store file, each with its own runner.
        using var folder = new TempDirectory();
        await using var store = new SqliteGraphStore(Path.Combine(folder.Root, "graph.db"));
        await store.InitializeAsync(CancellationToken.None);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));
        var (runnerA, runnerB) = (new FakeRunner(time), new FakeRunner(time));
        using var a = new NightlyCrawlService(runnerA, [new ItuSource(), new IsoSource()], Options.Create(new CrawlerOptions()), time, NullLogger<NightlyCrawlService>.Instance, store);
        using var b = new NightlyCrawlService(runnerB, [new ItuSource(), new IsoSource()], Options.Create(new CrawlerOptions()), time, NullLogger<NightlyCrawlService>.Instance, store);
        await a.StartAsync(CancellationToken.None);
        await b.StartAsync(CancellationToken.None);
        await WaitUntil(() => a.Status.NextRunAt is not null && b.Status.NextRunAt is not null);

        // Act: two nights pass.
        time.Advance(TimeSpan.FromMinutes(61));
        await WaitUntil(() => runnerA.Calls + runnerB.Calls == 1);
        await Task.Delay(200);
        var firstNight = runnerA.Calls + runnerB.Calls;
        await WaitUntil(() => a.Status.NextRunAt?.Day == 2 && b.Status.NextRunAt?.Day == 2);
        time.Advance(TimeSpan.FromDays(1));
        await WaitUntil(() => runnerA.Calls + runnerB.Calls == 2);
        await Task.Delay(200);

        // Assert: one crawl per night across both.
        firstNight.ShouldBe(1);
        (runnerA.Calls + runnerB.Calls).ShouldBe(2);
        await a.StopAsync(CancellationToken.None);
        await b.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TryRunNowAsync_WhileAnotherInstanceCrawls_IsRefused()
    {
        // Arrange
        using var folder = new TempDirectory();
        await using var store = new SqliteGraphStore(Path.Combine(folder.Root, "graph.db"));
        await store.InitializeAsync(CancellationToken.None);
        var time = new FakeTimeProvider();
        var runnerA = new FakeRunner(time) { Gate = new TaskCompletionSource() };
        using var a = new NightlyCrawlService(runnerA, [new ItuSource(), new IsoSource()], Options.Create(new CrawlerOptions()), time, NullLogger<NightlyCrawlService>.Instance, store);
        using var b = new NightlyCrawlService(new FakeRunner(time), [new ItuSource(), new IsoSource()], Options.Create(new CrawlerOptions()), time, NullLogger<NightlyCrawlService>.Instance, store);
        var first = a.TryRunNowAsync(CancellationToken.None);
        await WaitUntil(() => a.Status.Running);

        // Act
        var onB = await b.TryRunNowAsync(CancellationToken.None);
        runnerA.Gate.SetResult();
        await first;
        var afterwards = await b.TryRunNowAsync(CancellationToken.None);

        // Assert: refused while A crawls, granted once A released the lease.
        onB.ShouldBeFalse();
        afterwards.ShouldBeTrue();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue();
    }

    private sealed class FakeRunner(TimeProvider time) : ICrawlRunner
    {
        public int Calls;

        public CrawlRequest? LastRequest { get; private set; }

        public TaskCompletionSource? Gate { get; init; }

        public async Task<IReadOnlyList<CrawlReport>> RunAsync(CrawlRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            LastRequest = request;
            if (Gate is not null)
            {
                await Gate.Task;
            }

            var now = time.GetUtcNow();
            return [new CrawlReport { Source = "itu-t", RunId = "r1", State = CrawlRunState.Succeeded, StartedAt = now, FinishedAt = now }];
        }
    }
}
