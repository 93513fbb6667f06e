using Roadmap.Analysis.Classification;
using Roadmap.Core.Analysis;
using Roadmap.Core.Committees;
using Roadmap.Core.Crawling;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;

namespace Roadmap.Reports.Building;

/// <summary>
/// Everything the roadmap is built from, read once from the two stores: the classified documents (rule output with the
/// editors' decisions applied), committees, crawl and analysis runs, the live gaps and the stored overlaps.
/// </summary>
internal sealed record RoadmapData
{
    private const int KeysPerRead = 500;
    private const int MaxRuns = 1000;

    public required IReadOnlyDictionary<string, Document> Documents { get; init; }

    public required IReadOnlyDictionary<string, Committee> Committees { get; init; }

    public required IReadOnlyList<TopicAssignment> Assignments { get; init; }

    public required IReadOnlyList<EditorDecision> Decisions { get; init; }

    /// <summary>Crawl runs, oldest first.</summary>
    public required IReadOnlyList<CrawlRun> CrawlRuns { get; init; }

    /// <summary>Analysis runs, oldest first.</summary>
    public required IReadOnlyList<AnalysisRun> AnalysisRuns { get; init; }

    public required IReadOnlyList<Gap> StoredGaps { get; init; }

    /// <summary>The ids of the stored gaps whose finding held in the live run (empty before runs recorded them).</summary>
    public IReadOnlySet<string> FoundGapIds { get; init; } = new HashSet<string>();

    public required IReadOnlyList<Overlap> Overlaps { get; init; }

    /// <summary>The liaison registry: liaisons that already exist between committees.</summary>
    public required IReadOnlyList<CommitteeLiaison> Liaisons { get; init; }

    public static async Task<RoadmapData> LoadAsync(IGraphStore graph, IAnalysisStore analysis, double minOverlapScore, CancellationToken cancellationToken)
    {
        var decisions = await analysis.GetDecisionsAsync(cancellationToken).ConfigureAwait(false);
        var assignments = EditorDecisions.Apply(await analysis.GetClassificationsAsync(null, cancellationToken).ConfigureAwait(false), decisions);
        if (assignments.Count == 0)
        {
            throw new RoadmapUnavailableException("no document is classified yet: run 'roadmap analyze' before building the roadmap");
        }

        var documents = new SortedDictionary<string, Document>(StringComparer.Ordinal);
        foreach (var chunk in assignments.Select(a => a.DocumentKey).Distinct(StringComparer.Ordinal).Chunk(KeysPerRead))
        {
            foreach (var (key, document) in await graph.GetDocumentsAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                documents[key] = document;
            }
        }

        var committees = (await graph.ListCommitteesAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var live = await analysis.GetLiveRunAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = live is null ? null : await analysis.GetSnapshotAsync(live.Id, cancellationToken).ConfigureAwait(false);
        return new RoadmapData
        {
            Documents = documents,
            Committees = committees,
            Assignments = [.. assignments.Where(a => documents.ContainsKey(a.DocumentKey))],
            Decisions = decisions,
            CrawlRuns = [.. (await graph.ListCrawlRunsAsync(MaxRuns, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.StartedAt).ThenBy(r => r.Id, StringComparer.Ordinal)],
            AnalysisRuns = [.. (await analysis.ListRunsAsync(MaxRuns, cancellationToken).ConfigureAwait(false)).OrderBy(r => r.StartedAt).ThenBy(r => r.Id, StringComparer.Ordinal)],
            StoredGaps = await analysis.ListGapsAsync(null, cancellationToken).ConfigureAwait(false),
            FoundGapIds = (snapshot?.FoundGapIds ?? []).ToHashSet(StringComparer.Ordinal),
            Overlaps = await analysis.ListOverlapsAsync(minOverlapScore, includeKnown: true, cancellationToken).ConfigureAwait(false),
            Liaisons = await graph.ListLiaisonsAsync(cancellationToken).ConfigureAwait(false),
        };
    }
}
