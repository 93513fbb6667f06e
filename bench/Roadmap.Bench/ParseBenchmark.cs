using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Iso.Parsers;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Itu.Parsers;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Runs;
using Roadmap.Graph.Embedded;

namespace Roadmap.Bench;

/// <summary>
/// Parse throughput on the real saved pages (pages/s per page kind, decoding included), and the demo snapshot crawled
/// offline end to end (replay, parse, merge, history, checkpoint after every page) into a fresh embedded store.
/// </summary>
internal sealed class ParseBenchmark : IBenchmark
{
    private static readonly (string File, IPageParser Parser, string Url)[] Pages =
    [
        ("itu/rec.aspx_lang=en_rec=12210__Y.3500.html", new ItuRecParser(), "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=12210&lang=en"),
        ("itu/rec.aspx_lang=en_rec=15261__G.Imp712.html", new ItuRecParser(), "https://www.itu.int/ITU-T/recommendations/rec.aspx?rec=15261&lang=en"),
        ("itu/T-REC-G.Imp712-200004-I.html", new ItuLegacyRecParser(), "https://www.itu.int/rec/T-REC-G.Imp712-200004-I"),
        ("itu/T-REC-Y.3500-201408-I!!SUM-HTM-E.htm", new ItuSummaryParser(), "https://www.itu.int/dms_pubrec/itu-t/rec/y/T-REC-Y.3500-201408-I!!SUM-HTM-E.htm"),
        ("itu/GlobalSearch_RunSearch__ITU-T_Y.3500.json", new ItuSearchParser(), "https://www.itu.int/net4/ITU-T/search/GlobalSearch/RunSearch"),
        ("iso/iso_123.html", new IsoStandardParser(), "https://www.iso.org/standard/23281.html"),
    ];

    public string Name => "Crawl: parse throughput on the real saved pages, offline demo crawl";

    public async Task<BenchSection> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var rows = new StringBuilder("| page | kind | KiB | pages/s | ms/page |\n|---|---|---:|---:|---:|\n");
        foreach (var (file, parser, url) in Pages)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(options.SharedSdo, "pages", file), cancellationToken);
            var uri = new Uri(url);
            for (var i = 0; i < 20; i++)
            {
                parser.Parse(BodyDecoder.Decode(bytes, null), uri);
            }

            var count = 0;
            var stopwatch = Stopwatch.StartNew();
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(2))
            {
                parser.Parse(BodyDecoder.Decode(bytes, null), uri);
                count++;
            }

            var perSecond = count / stopwatch.Elapsed.TotalSeconds;
            rows.Append(CultureInfo.InvariantCulture, $"| {file} | {parser.Kind} | {bytes.Length / 1024.0:F0} | {perSecond:N0} | {1000 / perSecond:F2} |\n");
        }

        var crawl = await OfflineCrawlAsync(options, cancellationToken);
        return new BenchSection(Name, rows + "\n" + crawl);
    }

    private static async Task<string> OfflineCrawlAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var snapshot = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(options.Output)!)!, "samples", "snapshot");
        if (!Directory.Exists(snapshot))
        {
            return "The demo snapshot (samples/snapshot) was not found; the offline crawl was not measured.\n";
        }

        var folder = Path.Combine(options.WorkFolder, "crawl-" + Guid.NewGuid().ToString("N"));
        var crawlerOptions = new CrawlerOptions { Sources = { [ItuSource.SourceName] = new SourceSettings { Include = ["*"] } } };
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<CrawlReport> reports;
        await using (var store = SqliteGraphStore.Open(DataDirectory.OpenOrCreate(folder)))
        {
            await store.InitializeAsync(cancellationToken);
            var session = new CrawlSession(store, [new ItuSource(), new IsoSource()], crawlerOptions, new SqliteCrawlStateStore(DataDirectory.OpenOrCreate(folder)), folder, TimeProvider.System, NullLoggerFactory.Instance);
            reports = await session.RunAsync(new CrawlRequest { Sources = ["all"], FromSnapshot = snapshot }, cancellationToken);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        var pages = reports.Sum(r => r.Pages);
        return string.Create(CultureInfo.InvariantCulture,
            $"Offline crawl of the demo snapshot (`roadmap crawl --from samples/snapshot`, all sources): **{pages:N0} pages in {seconds:F1} s ({pages / seconds:N0} pages/s)**, " +
            $"{reports.Sum(r => r.Added):N0} documents added, {reports.Sum(r => r.Failures.Count)} failures. On the network the per-host rate limit (default 1 request/s) dominates: the same crawl would take about {pages / 60.0:F0} minutes per host's share.\n");
    }
}
