using Roadmap.Analysis.Coverage;
using Roadmap.Analysis.Gaps;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Overlaps;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Reports.Building;

/// <summary>
/// The landscape of one edition: each classified document as it stood on the date, the coverage matrix and the gaps
/// found on that date (by the analysis' own detector), and the overlaps among the documents that existed then. The
/// current edition also carries the editors' word on the live gaps: closed or dismissed gaps leave the list, their
/// notes and the gaps editors recorded join it.
/// </summary>
internal sealed class EditionView
{
    private EditionView(DateOnly date, IReadOnlyDictionary<string, LandscapeDocument> landscape, TopicIndex topics)
    {
        (Date, Landscape, Topics) = (date, landscape, topics);
    }

    public DateOnly Date { get; }

    /// <summary>The classified documents that existed on the date, by key.</summary>
    public IReadOnlyDictionary<string, LandscapeDocument> Landscape { get; }

    public TopicIndex Topics { get; }

    public IReadOnlyList<CoverageCell> Coverage { get; private init; } = [];

    /// <summary>Open and addressed gaps, highest priority first, then by id.</summary>
    public IReadOnlyList<Gap> Gaps { get; private init; } = [];

    /// <summary>Gaps an editor closed or dismissed (current edition only).</summary>
    public IReadOnlyList<Gap> SetAside { get; private init; } = [];

    public IReadOnlyList<Overlap> Overlaps { get; private init; } = [];

    public IReadOnlyList<LiaisonSuggestion> Liaisons { get; private init; } = [];

    /// <summary>Overlapping committee pairs within one body or one committee tree.</summary>
    public IReadOnlyList<LiaisonSuggestion> InternalCoordination { get; private init; } = [];

    /// <param name="asOf">Null for the current landscape (documents as they stand now).</param>
    /// <param name="referenceDate">The date staleness is measured from.</param>
    public static EditionView Create(RoadmapData data, TopicTaxonomy taxonomy, DateOnly? asOf, DateOnly referenceDate)
    {
        var landscape = new SortedDictionary<string, LandscapeDocument>(StringComparer.Ordinal);
        foreach (var document in data.Documents.Values)
        {
            if (AsOf.View(document, asOf) is { } view)
            {
                landscape[view.Key] = view;
            }
        }

        var topics = new TopicIndex(taxonomy, data.Assignments, landscape);
        // The current edition shows what the live analysis found, with every editor's status, so the document, the API and
        // the UI agree; a past edition is recomputed on its date.
        var found = asOf is null && data.FoundGapIds.Count > 0
            ? [.. data.StoredGaps.Where(g => !g.EditorCreated && data.FoundGapIds.Contains(g.Id))]
            : new GapDetector(taxonomy, topics, data.Decisions).Detect(referenceDate).SelectMany(f => f.Gaps).ToList();
        var setAside = new List<Gap>();
        if (asOf is null)
        {
            (found, setAside) = ApplyEditors(found, data.StoredGaps);
        }

        var overlaps = data.Overlaps.Where(o => Present(landscape, o.FirstKey) && Present(landscape, o.SecondKey)).ToList();
        var liaisons = LiaisonRanker.Rank(overlaps, LiaisonContext.Create(data.Committees.Values, data.Liaisons,
            topics.Documents.Where(d => !d.Gone).Select(d => d.Committee)));
        return new EditionView(referenceDate, landscape, topics)
        {
            Coverage = CoverageCalculator.Compute(taxonomy, topics),
            Gaps = Ordered(found),
            SetAside = Ordered(setAside),
            Overlaps = overlaps,
            Liaisons = liaisons.Suggestions,
            InternalCoordination = liaisons.InternalCoordination,
        };
    }

    private static bool Present(SortedDictionary<string, LandscapeDocument> landscape, string key) =>
        landscape.TryGetValue(key, out var document) && !document.Gone;

    private static (List<Gap> Shown, List<Gap> SetAside) ApplyEditors(List<Gap> found, IReadOnlyList<Gap> stored)
    {
        var byId = stored.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var shown = new List<Gap>();
        var setAside = new List<Gap>();
        foreach (var gap in found)
        {
            var live = byId.GetValueOrDefault(gap.Id);
            var merged = live is null ? gap : gap with { Notes = live.Notes, History = live.History, FirstSeenRun = live.FirstSeenRun, LastChangedRun = live.LastChangedRun };
            if (live?.Status is GapStatus.Closed or GapStatus.Dismissed)
            {
                setAside.Add(merged with { Status = live.Status });
            }
            else
            {
                shown.Add(merged);
            }
        }

        shown.AddRange(stored.Where(g => g.EditorCreated && g.Status is GapStatus.Open or GapStatus.Addressed));
        setAside.AddRange(stored.Where(g => g.EditorCreated && g.Status is GapStatus.Closed or GapStatus.Dismissed));
        return (shown, setAside);
    }

    private static List<Gap> Ordered(IEnumerable<Gap> gaps) =>
        [.. gaps.OrderByDescending(g => g.Priority).ThenBy(g => g.Id, StringComparer.Ordinal)];
}
