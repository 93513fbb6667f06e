using Roadmap.Core.Crawling;

namespace Roadmap.Application.Migration;

/// <summary>
/// The crawl's state, for every source that ever ran: a checkpoint (so an interrupted run resumes in the target), the
/// listing baselines of the drift guard (only where the target has none), and the provenance ledger's lines, each once.
/// </summary>
internal static class CrawlStateCopy
{
    private const int AllRuns = 10_000;

    public static async Task<IReadOnlyList<MigrationPart>> RunAsync(ServiceStores source, ServiceStores target, CancellationToken cancellationToken)
    {
        var runs = await source.Graph.ListCrawlRunsAsync(AllRuns, cancellationToken);
        var (checkpoints, baselines, already) = (0, 0, 0);
        foreach (var name in runs.Select(r => r.Source).Distinct(StringComparer.Ordinal))
        {
            if (await source.CrawlState.LoadCheckpointAsync(name, cancellationToken) is { } checkpoint)
            {
                if (await target.CrawlState.LoadCheckpointAsync(name, cancellationToken) is null)
                {
                    await target.CrawlState.SaveCheckpointAsync(name, checkpoint, cancellationToken);
                    checkpoints++;
                }
                else
                {
                    already++;
                }
            }

            var counts = await source.CrawlState.LoadListingCountsAsync(name, cancellationToken);
            if (counts.Count > 0 && (await target.CrawlState.LoadListingCountsAsync(name, cancellationToken)).Count == 0)
            {
                await target.CrawlState.SaveListingCountsAsync(name, counts, cancellationToken);
                baselines++;
            }
            else if (counts.Count > 0)
            {
                already++;
            }
        }

        var ids = runs.Select(r => r.Id).ToList();
        var there = (await target.CrawlState.ReadProvenanceAsync(ids, cancellationToken)).Select(Fingerprint).ToHashSet();
        var lines = await source.CrawlState.ReadProvenanceAsync(ids, cancellationToken);
        var copied = 0;
        foreach (var line in lines.Where(l => there.Add(Fingerprint(l))))
        {
            await target.CrawlState.AppendProvenanceAsync(line, cancellationToken);
            copied++;
        }

        return
        [
            new MigrationPart("crawl checkpoints and baselines", checkpoints + baselines, already),
            new MigrationPart("provenance lines", copied, lines.Count - copied),
        ];
    }

    private static (string, string, DateTimeOffset, string) Fingerprint(CrawlProvenance line) => (line.RunId, line.Url, line.FetchedAt, string.Join('\n', line.Keys));
}
