using System.Diagnostics;
using System.Globalization;
using System.Text;
using Roadmap.Ingest;

namespace Roadmap.Bench;

/// <summary>
/// Peak resident memory of the service holding the whole shared corpus: the corpus imported into a fresh store, the
/// real host started in a child process on it (it builds its search index at start), then a mixed GraphQL load;
/// VmRSS and VmHWM of the child read from /proc every second.
/// </summary>
internal sealed class MemoryBenchmark : IBenchmark
{
    private const long TargetBytes = 1L << 30;
    private const int Connections = 8;
    private static readonly TimeSpan Load = TimeSpan.FromSeconds(60);

    public string Name => "Memory: peak RSS of the service holding the whole corpus";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.WorkFolder, "rss-" + Guid.NewGuid().ToString("N"));
        var documents = await CorpusStore.ImportAsync(CorpusReader.SharedCorpusFiles(options.SharedSdo), folder, cancellationToken);
        var queries = await MixedQueries.SampleAsync(folder, cancellationToken);

        var starting = Stopwatch.StartNew();
        LoadResult load;
        long readyRss, afterRss, peak, sampledPeak = 0;
        await using (var service = await ServiceProcess.StartAsync(folder, cancellationToken))
        {
            var readySeconds = starting.Elapsed.TotalSeconds;
            (readyRss, _) = service.Memory();
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    sampledPeak = Math.Max(sampledPeak, service.Memory().Rss);
                    await Task.Delay(1000, CancellationToken.None);
                }
            }, CancellationToken.None);
            load = await new LoadLoop(service.Address, Connections).RunAsync("mixed queries", queries.Body, TimeSpan.FromSeconds(5), Load, cancellationToken);
            await sampling.CancelAsync();
            await sampler;
            (afterRss, peak) = service.Memory();
            Console.WriteLine($"service ready in {readySeconds:F1} s");
        }

        SqliteConnectionPools.Clear();
        Directory.Delete(folder, recursive: true);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(inv, $"{documents:N0} documents (the whole shared corpus) in a fresh store; the service (`dotnet Roadmap.Api.dll`, a child process, anonymous read) builds its search index at start, then serves a mixed GraphQL load ");
        text.Append(inv, $"(document by key with relations and editions, search with facets, filtered document pages, committee trees, suggestions, stats) from {Connections} connections for {Load.TotalSeconds:F0} s after a 5 s warm-up. ");
        text.Append("Memory is the child's own, from `/proc/PID/status`.\n\n");
        text.Append("| measure | MiB | target |\n|---|---:|---:|\n");
        text.Append(inv, $"| VmRSS when ready (index built) | {Mib(readyRss)} | |\n");
        text.Append(inv, $"| VmRSS after the load | {Mib(afterRss)} | |\n");
        text.Append(inv, $"| highest VmRSS sampled during the load (1 s) | {Mib(sampledPeak)} | |\n");
        text.Append(inv, $"| **VmHWM (peak RSS over the whole life)** | **{Mib(peak)}** | ≤ {Mib(TargetBytes)} ({(peak <= TargetBytes ? "met" : "MISSED")}) |\n\n");
        text.Append("| load | requests | req/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n");
        text.Append(inv, $"| {load.Name} | {load.Requests:N0} | {load.PerSecond:N0} | {load.P50:F2} | {load.P99:F2} | {load.Errors} |\n");
        if (load.FirstError is not null)
        {
            text.Append(inv, $"\nFirst error: `{load.FirstError}`\n");
        }

        return new BenchSection(Name, text.ToString());
    }

    internal static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("N0", CultureInfo.InvariantCulture);
}
