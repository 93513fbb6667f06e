using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;
using Roadmap.TestKit.Watches;

namespace Roadmap.Cli.Tests.Reliability;

/// <summary>
/// kill -9 of the service between an event and its delivery: the events an import derived stay stored once each, and
/// the restarted service (taking over the dead claim when its lease ends) delivers every one, each settled once.
/// </summary>
[Trait("Tier", "Slow")] // starts and SIGKILLs a real `roadmap serve` child process twice (~20 s)
public sealed class WatchDeliveryCrashTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _files = new();

    public void Dispose()
    {
        _data.Dispose();
        _files.Dispose();
    }

    [Fact]
    public async Task KillDuringDelivery_RestartDeliversEveryEventOnce()
    {
        // Arrange: a watch on ITU-T with a webhook that hangs, and an import that gives it four new-document events.
        using var receiver = new WebhookReceiver { Delay = TimeSpan.FromMinutes(5) };
        var ct = TestContext.Current.CancellationToken;
        var feed = Path.Combine(_files.Root, "itu.jsonl");
        var lines = (await File.ReadAllLinesAsync(Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl"), ct))
            .Where(l => l.Contains("\"sdo\":\"ITU-T\"", StringComparison.Ordinal)).Take(4);
        await File.WriteAllLinesAsync(feed, lines, ct);
        (await CliRunner.RunAsync("watch", "add", "--name", "ITU", "--body", "ITU-T", "--webhook", receiver.Url.ToString(), "--data", _data.Path)).Exit.ShouldBe(0);
        var import = await CliRunner.RunAsync("import", "catalogue", feed, "--data", _data.Path);
        import.Exit.ShouldBe(0, import.Err);
        var store = new SqliteWatchStore(DataDirectory.OpenOrCreate(_data.Path).GraphDatabasePath);
        (await store.ListEventsAsync(new WatchEventQuery(), ct)).Count.ShouldBe(4);

        // Act: the service claims and POSTs; killed while the receiver holds the requests.
        using (var first = StartService())
        {
            (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(60))).ShouldNotBeEmpty("the service never delivered");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(ct);
        }

        var beforeRestart = receiver.Requests.Count;
        receiver.Delay = TimeSpan.Zero;
        using (var second = StartService())
        {
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(90) && (await store.ListDeliveriesAsync(null, 100, ct)).Any(d => d.State != DeliveryState.Delivered))
            {
                await Task.Delay(200, ct);
            }

            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync(ct);
        }

        // Assert: nothing lost (every event delivered and received), nothing doubled (four events, each settled once;
        // only a POST in flight at the kill may have been sent twice, with the same idempotency key).
        var events = await store.ListEventsAsync(new WatchEventQuery(), ct);
        events.Count.ShouldBe(4);
        var deliveries = await store.ListDeliveriesAsync(null, 100, ct);
        deliveries.Count.ShouldBe(4);
        deliveries.ShouldAllBe(d => d.State == DeliveryState.Delivered);
        var log = await store.ListAttemptsAsync(null, 100, ct);
        log.Where(a => a.Succeeded).GroupBy(a => a.DeliveryId).ShouldAllBe(g => g.Count() == 1);
        log.Count(a => a.Succeeded).ShouldBe(4);
        var keys = receiver.Requests.Select(r => r.Headers["X-Roadmap-Idempotency-Key"]).ToList();
        keys.Distinct().Order().ShouldBe(events.Select(e => e.IdempotencyKey).Order());
        keys.Count.ShouldBeLessThanOrEqualTo(4 + beforeRestart);
    }

    private Process StartService()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "roadmap.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--data", _data.Path })
        {
            info.ArgumentList.Add(arg);
        }

        // A short lease, so the restarted service takes the killed one's claims over within seconds.
        info.Environment["Roadmap__Watches__Lease"] = "00:00:02";
        info.Environment["Roadmap__Watches__PollInterval"] = "00:00:00.100";
        info.Environment["Roadmap__Watches__WebhookTimeout"] = "00:05:00";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the service");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
