using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

/// <summary>
/// Builds the security standardization roadmap from the graph and the analysis, in the order of ITU-T SG17's ICT
/// Security Standards Roadmap: an executive summary, scope and method, Part 1 bodies and committees, Part 2 published documents by topic,
/// Part 3 documents in development, Part 4 gaps and new work proposals, overlaps and liaisons, what changed since the
/// previous edition, annexes. Deterministic: the same stores, request and date give the same document.
/// </summary>
public sealed partial class RoadmapBuilder(IGraphStore graph, IAnalysisStore analysis, TopicTaxonomy taxonomy, TimeProvider time)
{
    public const string Title = "Security standardization roadmap: blockchain and distributed ledger technologies";

    // Part 4's tables have a row per gap, and Annex G gives every gap in full: shortened, they point there.
    private static readonly Dictionary<string, string> GapTablesInAnnexG = new(StringComparer.Ordinal)
    {
        [GapsByPriority] = "Annex G gives every gap in full.", [NewWorkProposals] = "Annex G gives every gap in full.",
    };

    public async Task<RoadmapDocument> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var date = request.AsOf ?? today;
        var since = request.Since ?? date.AddYears(-1);
        if (since >= date)
        {
            throw new ArgumentException($"the previous edition's date ({Text.Date(since)}) must be before the edition's ({Text.Date(date)})", nameof(request));
        }

        var data = await RoadmapData.LoadAsync(graph, analysis, 0, cancellationToken).ConfigureAwait(false);
        var edition = EditionView.Create(data, taxonomy, request.AsOf, date);
        var previous = EditionView.Create(data, taxonomy, since, since);
        var context = new BuildContext(data, taxonomy, edition, request.MaxOverlaps);
        var (body, fullTables) = LongTables.Move(
        [
            ScopeAndMethod(context),
            Bodies(context),
            Published(context),
            InDevelopment(context),
            GapsPart(context),
            OverlapsPart(context),
            Changes(context, previous, since),
        ], request.MaxBodyTableRows, GapTablesInAnnexG);
        return new RoadmapDocument
        {
            Title = Title,
            Subtitle = $"Edition as of {Text.Date(date)}" + (request.AsOf is null ? " (current landscape)" : string.Empty) + $"; changes since {Text.Date(since)}",
            AsOf = date,
            Since = since,
            Sections = [ExecutiveSummary(context, previous, since), .. body, Annexes(context, fullTables)],
        };
    }

    /// <summary>What every part reads: the stores' data, the taxonomy and the edition's landscape.</summary>
    private sealed record BuildContext(RoadmapData Data, TopicTaxonomy Taxonomy, EditionView Edition, int MaxOverlaps)
    {
        public string TopicName(string id) => Taxonomy.Find(id)?.Name ?? id;
    }
}
