using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Roadmap.Application.Watches;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Core.Lifecycle;
using Roadmap.Core.Watches;
using Roadmap.Graph.Embedded;

namespace Roadmap.Bench;

/// <summary>
/// Committed change → delivered webhook, end to end through the real service in a child process with its default
/// settings: a write from another process (this one) to the store, noticed by the service's poll, taken through the
/// change pipeline (index, watch projection), claimed and POSTed to a receiver on 127.0.0.1. Goal ≤ 5 s.
/// </summary>
internal sealed class WatchLatencyBenchmark : IBenchmark
{
    private const int Documents = 200;
    private const int Changes = 20;

    public string Name => "Watches: committed change → delivered webhook";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.WorkFolder, "watches-" + Guid.NewGuid().ToString("N"));
        var directory = DataDirectory.OpenOrCreate(folder);
        await using var graph = SqliteGraphStore.Open(directory);
        await graph.InitializeAsync(cancellationToken);
        await graph.UpsertAsync(new GraphBatch { Documents = [.. Enumerable.Range(1, Documents).Select(i => Draft(i, "30.60"))] }, new ChangeContext("bench", "bench", TimeProvider.System.GetUtcNow()), cancellationToken);
        var port = ServiceProcess.FreePort();
        var hook = new Uri($"http://127.0.0.1:{port}/hook/");
        using var listener = new HttpListener();
        listener.Prefixes.Add(hook.ToString());
        listener.Start();
        var arrivals = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var receiving = Task.Run(() => ReceiveAsync(listener, arrivals), CancellationToken.None);
        var watches = new SqliteWatchStore(directory.GraphDatabasePath);
        await watches.InitializeAsync(cancellationToken);

        var latencies = new List<double>();
        await using (var service = await ServiceProcess.StartAsync(folder, cancellationToken))
        {
            // The watch is made once the service has taken in the seed, so only the timed changes give events.
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            await new WatchService(watches, NoWatchFacts.Instance, TimeProvider.System).CreateAsync(WatchCaller.Local,
                new CreateWatchCommand { Name = "bench", Rules = new WatchRules { Committees = ["ISO/TC 307"] }, WebhookUrl = hook }, cancellationToken);
            for (var i = 1; i <= Changes; i++)
            {
                var key = Draft(i, "40.20").Key;
                var started = Stopwatch.GetTimestamp();
                await graph.UpsertAsync(new GraphBatch { Documents = [Draft(i, "40.20")] }, new ChangeContext("bench", "bench", TimeProvider.System.GetUtcNow()), cancellationToken);
                var waited = Stopwatch.StartNew();
                while (!arrivals.ContainsKey(key) && waited.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(5, cancellationToken);
                }

                latencies.Add(arrivals.TryGetValue(key, out var arrived) ? Stopwatch.GetElapsedTime(started, arrived).TotalSeconds : double.NaN);
                // Spread the changes over the poll intervals rather than always writing just after a delivery.
                await Task.Delay(TimeSpan.FromMilliseconds(137 * (i % 7)), cancellationToken);
            }
        }

        listener.Stop();
        await receiving;
        SqliteConnectionPools.Clear();
        Directory.Delete(folder, recursive: true);
        return new BenchSection(Name, Report(latencies));
    }

    private static string Report(List<double> latencies)
    {
        var inv = CultureInfo.InvariantCulture;
        var done = latencies.Where(l => !double.IsNaN(l)).Order().ToList();
        double At(double q) => done.Count == 0 ? double.NaN : done[Math.Min(done.Count - 1, (int)Math.Ceiling(q * done.Count) - 1)];
        var text = new StringBuilder();
        text.Append(inv, $"The real service (child process, default settings) on a {Documents}-document data folder with one watch (committee ISO/TC 307, webhook to 127.0.0.1). ");
        text.Append(inv, $"{Changes} stage changes (30.60 → 40.20), each committed by another process, timed until its signed POST arrived.\n\n");
        text.Append("| delivered | median s | p95 s | max s | goal |\n|---:|---:|---:|---:|---|\n");
        text.Append(inv, $"| {done.Count} of {latencies.Count} | {At(0.5):F2} | {At(0.95):F2} | {(done.Count == 0 ? double.NaN : done[^1]):F2} | ≤ 5 s |\n\n");
        text.Append("What it is made of: the service notices a write from elsewhere within `Roadmap:Search:PollInterval` (1 s), runs the change pipeline ");
        text.Append("(index, then the watch projection), and the delivery service claims due deliveries every `Roadmap:Watches:PollInterval` (1 s). ");
        text.Append("A write through the API wakes the pipeline at once. ");
        text.Append("Command: `dotnet run -c Release --project bench/Roadmap.Bench -- --shared ../shared/sdo --only WatchLatency`.\n");
        return text.ToString();
    }

    private static async Task ReceiveAsync(HttpListener listener, ConcurrentDictionary<string, long> arrivals)
    {
        while (listener.IsListening)
        {
            try
            {
                var context = await listener.GetContextAsync();
                var arrived = Stopwatch.GetTimestamp();
                using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
                if (body.RootElement.TryGetProperty("documentKey", out var key) && key.GetString() is { } document)
                {
                    arrivals.TryAdd(document, arrived);
                }

                context.Response.StatusCode = 204;
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
        }
    }

    private static Document Draft(int i, string stage) => DocumentEditions.Create($"ISO {80000 + i}", "ISO", DocumentKind.Standard,
    [
        new Edition { Id = $"ISO {80000 + i}", Title = $"Distributed ledger technologies — Watched draft {i}", Lifecycle = IsoStages.Map(stage), CommitteeKey = "ISO/TC 307" },
    ]);
}
