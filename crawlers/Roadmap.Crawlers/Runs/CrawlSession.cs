using Microsoft.Extensions.Logging;
using Roadmap.Core.Crawling;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Parsing;
using Roadmap.Crawlers.Snapshots;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// Composes one crawl: the fetcher chain (network or snapshot replay, optionally recording), the seeds (a replayed
/// snapshot's own, else configured, else the source's defaults) and the engine, run source after source.
/// </summary>
/// <param name="crawlState">Checkpoints, drift baselines and the provenance ledger, shared by every instance on the graph.</param>
/// <param name="dataPath">The data folder, whose <c>crawl/http-cache/</c> is this instance's HTTP cache.</param>
public sealed class CrawlSession(IGraphStore store, IReadOnlyList<ICrawlSource> sources, CrawlerOptions options, ICrawlStateStore crawlState, string dataPath, TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>The network fetcher to use instead of a new one (tests inject a handler through it).</summary>
    public IPageFetcher? Network { get; init; }

    public async Task<IReadOnlyList<CrawlReport>> RunAsync(CrawlRequest request, CancellationToken cancellationToken)
    {
        var selected = Select(request.Sources);
        var state = new CrawlState(crawlState, dataPath);
        HttpPageFetcher? owned = null;
        try
        {
            SnapshotFetcher? replay = request.FromSnapshot is { } from ? new SnapshotFetcher(from, time) : null;
            var fetcher = replay ?? Network ?? (owned = new HttpPageFetcher(options, state.Cache, time, loggers.CreateLogger<HttpPageFetcher>()));
            SnapshotRecorder? recorder = null;
            if (request.SaveSnapshot is { } save)
            {
                Directory.CreateDirectory(save);
                fetcher = recorder = new SnapshotRecorder(fetcher, save);
            }

            var engine = new CrawlEngine(store, fetcher, options, state, time, loggers.CreateLogger<CrawlEngine>());
            var reports = new List<CrawlReport>();
            foreach (var source in selected)
            {
                var seeds = SeedsOf(source, replay);
                recorder?.RecordSeeds(source.Name, seeds.Select(SourceSeeds.Format));
                reports.Add(await engine.RunAsync(source, seeds, request.Resume, cancellationToken));
            }

            return reports;
        }
        finally
        {
            owned?.Dispose();
        }
    }

    private IReadOnlyList<PageLink> SeedsOf(ICrawlSource source, SnapshotFetcher? replay) =>
        replay?.Manifest.Seeds.GetValueOrDefault(source.Name) is { Count: > 0 } recorded
            ? recorded.Select(SourceSeeds.Parse).ToList()
            : SourceSeeds.Resolve(source, options.Sources.GetValueOrDefault(source.Name));

    private List<ICrawlSource> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0 || names.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            return [.. sources];
        }

        return names.Select(n => sources.FirstOrDefault(s => s.Name.Equals(n, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"unknown source '{n}'; known: {string.Join(", ", sources.Select(s => s.Name))}, all")).ToList();
    }
}
