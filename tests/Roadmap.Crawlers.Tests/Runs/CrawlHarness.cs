using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Iso;
using Roadmap.Crawlers.Itu;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Runs;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Crawlers.Tests.Runs;

/// <summary>A data folder with its own store, and crawls into it with tiny delays so the tests run in seconds.</summary>
internal sealed class CrawlHarness : IAsyncDisposable
{
    public static readonly string Snapshot = Path.Combine(SharedData.RepoRoot, "samples", "snapshot");

    private CrawlHarness(string folder, IGraphStore store, ICrawlStateStore stateStore) => (Folder, Store, StateStore) = (folder, store, stateStore);

    public string Folder { get; }

    public IGraphStore Store { get; }

    /// <summary>The data folder's crawl state (checkpoints, drift baselines, ledger), as the CLI and the service open it.</summary>
    public ICrawlStateStore StateStore { get; }

    public CrawlState State => new(StateStore, Folder);

    public static CrawlerOptions FastOptions() => new()
    {
        RequestsPerSecond = 10_000,
        MaxRetries = 10,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryAfter = TimeSpan.FromMilliseconds(5),
        AttemptTimeout = TimeSpan.FromMilliseconds(300),
        RunBudget = TimeSpan.FromMinutes(2),
        BreakerFailureRatio = 0.99,
        BreakerMinimumThroughput = 1000,
        BreakerBreakDuration = TimeSpan.FromMilliseconds(500),
        AllowedNetworks = ["127.0.0.1"],
        Sources = { ["itu-t"] = new SourceSettings { Include = ["*"] } },
    };

    public static async Task<CrawlHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "roadmap-crawl-" + Guid.NewGuid().ToString("N"));
        var directory = DataDirectory.OpenOrCreate(folder);
        var store = SqliteGraphStore.Open(directory);
        await store.InitializeAsync(CancellationToken.None);
        return new CrawlHarness(folder, store, new SqliteCrawlStateStore(directory));
    }

    /// <summary>The sample snapshot's seeds for F- and Y-series and the ISO/TC 307 catalogue: a few dozen pages.</summary>
    public static IReadOnlyList<PageLink> SmallSeeds(Uri? server = null)
    {
        var seeds = new[]
        {
            new PageLink(new Uri("https://www.itu.int/rec/T-REC-F/en"), PageKinds.ItuSeries),
            new PageLink(new Uri("https://www.itu.int/rec/T-REC-Y/en"), PageKinds.ItuSeries),
            new PageLink(new Uri("https://www.iso.org/committee/6266604/x/catalogue/p/1/u/1/w/0/d/0"), PageKinds.IsoCatalogue),
        };
        return server is null ? seeds : [.. seeds.Select(s => s with { Url = new Uri(server, s.Url.PathAndQuery) })];
    }

    public HttpPageFetcher HttpFetcher(CrawlerOptions options) =>
        new(options, State.Cache, TimeProvider.System, NullLogger.Instance);

    public async Task<List<CrawlReport>> CrawlAsync(IPageFetcher fetcher, CrawlerOptions options, IReadOnlyList<PageLink> seeds, bool resume = false, CancellationToken cancellationToken = default)
    {
        var engine = new CrawlEngine(Store, fetcher, options, State, TimeProvider.System, NullLogger.Instance);
        var reports = new List<CrawlReport>();
        foreach (var (source, own) in new (ICrawlSource, Func<PageLink, bool>)[]
        {
            (new ItuSource(), l => l.Kind.StartsWith("itu", StringComparison.Ordinal)),
            (new IsoSource(), l => l.Kind.StartsWith("iso", StringComparison.Ordinal)),
        })
        {
            reports.Add(await engine.RunAsync(source, [.. seeds.Where(own)], resume, cancellationToken));
        }

        return reports;
    }

    public async Task<List<Document>> AllDocumentsAsync()
    {
        var page = await Store.ListDocumentsAsync(new DocumentQuery { First = DocumentQuery.MaxPageSize }, CancellationToken.None);
        return [.. page.Items];
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
