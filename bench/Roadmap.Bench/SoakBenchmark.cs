using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Runs;
using Roadmap.Graph.Embedded;
using Roadmap.Ingest;

namespace Roadmap.Bench;

/// <summary>
/// A bounded soak (<c>--only Soak --minutes N</c>, default 10): the service in a child process on the whole corpus
/// serves a mixed GraphQL load on loopback while this process crawls the offline snapshot into the same store, again
/// and again; every 10 s the child's RSS, the requests and the errors of the last slice are recorded. It stops by itself.
/// </summary>
internal sealed class SoakBenchmark : IBenchmark
{
    private const int Connections = 4;
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(10);

    public string Name => "Soak: mixed GraphQL load while a crawl runs";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(options.WorkFolder, "soak-" + Guid.NewGuid().ToString("N"));
        var documents = await CorpusStore.ImportAsync(CorpusReader.SharedCorpusFiles(options.SharedSdo), folder, cancellationToken);
        var queries = await MixedQueries.SampleAsync(folder, cancellationToken);
        var length = TimeSpan.FromMinutes(options.SoakMinutes);
        var slices = new List<(TimeSpan At, long Rss, LoadResult Load)>();
        CrawlTally crawls;
        long peak;
        await using (var service = await ServiceProcess.StartAsync(folder, cancellationToken))
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var crawling = CrawlUntilAsync(options, folder, stop.Token);
            var loop = new LoadLoop(service.Address, Connections);
            var clock = Stopwatch.StartNew();
            slices.Add((TimeSpan.Zero, service.Memory().Rss, new LoadResult("start", 0, 0, TimeSpan.FromSeconds(1), 0, 0, null)));
            while (clock.Elapsed < length)
            {
                var load = await loop.RunAsync("slice", queries.Body, TimeSpan.Zero, Slice, cancellationToken);
                slices.Add((clock.Elapsed, service.Memory().Rss, load));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak {clock.Elapsed:mm\\:ss}: {load.Requests} requests, {load.Errors} errors, RSS {MemoryBenchmark.Mib(slices[^1].Rss)} MiB"));
            }

            await stop.CancelAsync();
            crawls = await crawling;
            peak = service.Memory().Peak;
        }

        SqliteConnectionPools.Clear();
        Directory.Delete(folder, recursive: true);
        return new BenchSection(Name, Report(options, documents, slices, crawls, peak));
    }

    /// <summary>Crawls samples/snapshot (ITU-T and ISO) into the store again and again until told to stop.</summary>
    private static async Task<CrawlTally> CrawlUntilAsync(BenchOptions options, string folder, CancellationToken stop)
    {
        var tally = new CrawlTally();
        await using var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(folder));
        await store.InitializeAsync(CancellationToken.None);
        var crawlerOptions = new CrawlerOptions { Sources = { [ItuSource.SourceName] = new SourceSettings { Include = ["*"] } } };
        var request = new CrawlRequest { Sources = ["all"], FromSnapshot = Path.Combine(options.Repo, "samples", "snapshot") };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var session = new CrawlSession(store, [new ItuSource(), new IsoSource()], crawlerOptions, new SqliteCrawlStateStore(DataDirectory.OpenOrCreate(folder)), folder, TimeProvider.System, NullLoggerFactory.Instance);
                foreach (var report in await session.RunAsync(request, stop))
                {
                    tally.Add(report);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                tally.Interrupted++;
            }
        }

        return tally;
    }

    private static string Report(BenchOptions options, int documents, List<(TimeSpan At, long Rss, LoadResult Load)> slices, CrawlTally crawls, long peak)
    {
        var inv = CultureInfo.InvariantCulture;
        var measured = slices.Skip(1).ToList();
        var requests = measured.Sum(s => s.Load.Requests);
        var errors = measured.Sum(s => s.Load.Errors);
        var firstMinute = measured.Where(s => s.At <= TimeSpan.FromMinutes(1)).Select(s => s.Rss).DefaultIfEmpty(0).Average();
        var lastMinute = measured.Where(s => s.At >= measured[^1].At - TimeSpan.FromMinutes(1)).Select(s => s.Rss).DefaultIfEmpty(0).Average();
        var text = new StringBuilder();
        text.Append(inv, $"`--only Soak --minutes {options.SoakMinutes}`: {documents:N0} documents (the whole corpus); the service in a child process; {Connections} connections of mixed GraphQL queries (as in the memory benchmark) on loopback, ");
        text.Append(inv, $"while the benchmark process crawls `samples/snapshot` (ITU-T and ISO, offline) into the same store in a loop; the service's index sync runs every 10 s. RSS is the child's VmRSS after each {Slice.TotalSeconds:F0} s slice.\n\n");
        text.Append(inv, $"- **{requests:N0} requests, {errors} errors** over {measured[^1].At.TotalMinutes:F1} min ({requests / measured[^1].At.TotalSeconds:N0} req/s)\n");
        text.Append(inv, $"- crawls: {crawls.Runs} source runs finished ({crawls.Pages:N0} pages, {crawls.Added:N0} added, {crawls.Changed:N0} changed, {crawls.Failures} failed pages, states: {crawls.States()}), {crawls.Interrupted} cut by the end of the soak\n");
        text.Append(inv, $"- RSS: first minute {MemoryBenchmark.Mib((long)firstMinute)} MiB on average, last minute {MemoryBenchmark.Mib((long)lastMinute)} MiB ({(lastMinute - firstMinute) / Math.Max(1, firstMinute) * 100:+0.0;-0.0} %), peak (VmHWM) {MemoryBenchmark.Mib(peak)} MiB\n\n");
        text.Append("| t | RSS MiB | requests | errors | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var (at, rss, load) in slices)
        {
            text.Append(inv, $"| {at:mm\\:ss} | {MemoryBenchmark.Mib(rss)} | {load.Requests:N0} | {load.Errors} | {load.P50:F1} | {load.P99:F1} |\n");
        }

        var firstError = measured.Select(s => s.Load.FirstError).FirstOrDefault(e => e is not null);
        if (firstError is not null)
        {
            text.Append(inv, $"\nFirst error: `{firstError}`\n");
        }

        return text.ToString();
    }

    private sealed class CrawlTally
    {
        private readonly SortedDictionary<string, int> _states = new(StringComparer.Ordinal);

        public int Runs { get; private set; }

        public int Pages { get; private set; }

        public int Added { get; private set; }

        public int Changed { get; private set; }

        public int Failures { get; private set; }

        public int Interrupted { get; set; }

        public void Add(CrawlReport report)
        {
            Runs++;
            Pages += report.Pages;
            Added += report.Added;
            Changed += report.Changed;
            Failures += report.Failures.Count;
            _states[report.State.ToString()] = _states.GetValueOrDefault(report.State.ToString()) + 1;
        }

        public string States() => string.Join(", ", _states.Select(s => $"{s.Key} {s.Value}"));
    }
}
