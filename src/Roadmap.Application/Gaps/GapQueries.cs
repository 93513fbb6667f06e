using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Gaps;
using Roadmap.Application.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Gaps;

/// <summary>Gaps as the API's <c>gaps</c> field and the CLI's <c>gaps</c> verb list them: the same source, filters and order.</summary>
public sealed class GapQueries(AnalysisService analysis, IGraphStore graph)
{
    /// <summary>
    /// The stored gaps (the live analysis' and editors'), or those an "as of" analysis of <paramref name="asOf"/> finds (a
    /// read-only snapshot), filtered and ordered by <paramref name="query"/>.
    /// </summary>
    public async Task<IReadOnlyList<Gap>> ListAsync(GapQuery query, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var gaps = asOf is { } date
            ? (await analysis.AsOfAsync(date, cancellationToken)).Snapshot?.Gaps ?? []
            : await analysis.Store.ListGapsAsync(null, cancellationToken);
        return GapListing.Apply(gaps, query, analysis.Taxonomy);
    }

    /// <summary>A stored gap by id; null when there is none.</summary>
    public Task<Gap?> FindAsync(string id, CancellationToken cancellationToken) => analysis.Store.GetGapAsync(id, cancellationToken);

    /// <summary>
    /// What appeared, advanced or closed the gap since <paramref name="since"/>: the documents under its topic, those it
    /// cites and the work it lists, each compared as it stood then and as it stands now, newest first.
    /// </summary>
    public async Task<IReadOnlyList<GapProgressItem>> ProgressAsync(Gap gap, DateOnly since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gap);
        // One read of the decided classifications (the service's cached current landscape) serves the topic's documents
        // and their main subjects, chosen among all of a document's topics with editors' pins and rejects, as the analysis does.
        var current = await analysis.CurrentAsync(cancellationToken);
        var keys = current.OfTopic(gap.TopicId).Select(a => a.DocumentKey)
            .Concat(gap.Evidence.Where(e => e.Mapping is not (MappingType.Generic or MappingType.None)).Select(e => e.DocumentKey)).Concat(gap.WorkInProgress)
            .ToHashSet(StringComparer.Ordinal);
        var primary = PrimaryTopic.Choose(analysis.Taxonomy, current.Assignments.Where(a => keys.Contains(a.DocumentKey)));
        var documents = await graph.GetDocumentsAsync([.. keys], cancellationToken);
        return GapProgress.Between(documents.Values, since, null, key => primary.GetValueOrDefault(key) == gap.TopicId);
    }
}
