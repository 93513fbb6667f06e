using Roadmap.Application.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Gaps;

/// <summary>Gaps as the API's <c>gaps</c> field and the CLI's <c>gaps</c> verb list them: the same source, filters and order.</summary>
public sealed class GapQueries(AnalysisService analysis)
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
}
