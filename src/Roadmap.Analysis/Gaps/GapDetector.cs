using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Finds gaps on leaf topics: no document in force and nothing in development (<see cref="GapKind.NoCoverage"/>);
/// nothing in force but work in development (<see cref="GapKind.NoPublished"/>, addressed by that work); or only
/// documents older than the stale age (<see cref="GapKind.StaleOnly"/>, addressed if work is in development).
/// </summary>
public sealed class GapDetector(TopicTaxonomy taxonomy, TopicIndex topics, IReadOnlyList<EditorDecision> decisions)
{
    private const int MaxAdjacent = 5;

    public IReadOnlyList<GapFinding> Detect(DateOnly referenceDate) =>
        [.. taxonomy.Leaves.Select(leaf => Detect(leaf, referenceDate))];

    private GapFinding Detect(TaxonomyNode leaf, DateOnly referenceDate)
    {
        var settings = taxonomy.Settings;
        var direct = topics.Direct(leaf.Id);
        var staleBefore = referenceDate.AddYears(-settings.StaleAfterYears);
        var inForce = direct.Where(x => x.Document.InForce).ToList();
        var fresh = inForce.Where(x => x.Document.Published is not { } p || p.Earliest >= staleBefore).ToList();
        var ongoing = direct.Where(x => x.Document.Ongoing).ToList();
        var covering = fresh.Concat(ongoing).Select(x => x.Document.Key).Distinct(StringComparer.Ordinal).ToList();
        if (fresh.Count > 0)
        {
            return new GapFinding(leaf.Id, true, null, covering);
        }

        var kind = inForce.Count > 0 ? GapKind.StaleOnly : ongoing.Count > 0 ? GapKind.NoPublished : GapKind.NoCoverage;
        var newest = inForce.Select(x => x.Document.Published).Where(p => p is not null).Select(p => p!.Value).DefaultIfEmpty().Max();
        double? age = inForce.Count > 0 && newest.Year > 0 ? (referenceDate.DayNumber - newest.Earliest.DayNumber) / 365.25 : null;
        var priority = PriorityFormula.Compute(leaf.Weight, inForce.Count + ongoing.Count > 0, age, settings.StaleAfterYears, BodiesElsewhere(leaf));
        var owners = taxonomy.OwnersOf(leaf.Id);
        var owner = owners.Count > 0 ? owners[0] : null;
        var gap = new Gap
        {
            Id = "gap:" + leaf.Id,
            TopicId = leaf.Id,
            Statement = Statement(leaf, kind, inForce.Select(x => x.Document).ToList(), ongoing.Select(x => x.Document).ToList(), settings.StaleAfterYears),
            Kind = kind,
            Status = ongoing.Count > 0 ? GapStatus.Addressed : GapStatus.Open,
            Priority = priority.Score,
            PriorityBreakdown = priority,
            Evidence = Evidence(leaf),
            WorkInProgress = [.. ongoing.Select(x => x.Document.Key).Order(StringComparer.Ordinal)],
            SuggestedOwner = owner?.Committee,
            SuggestedOwnerMandate = owner?.Mandate,
        };
        return new GapFinding(leaf.Id, false, gap, covering);
    }

    private List<GapEvidence> Evidence(TaxonomyNode leaf)
    {
        var direct = topics.Direct(leaf.Id)
            .OrderByDescending(x => x.Assignment.Score).ThenBy(x => x.Document.Key, StringComparer.Ordinal)
            .Select(x => new GapEvidence(x.Document.Key, x.Assignment.Pinned || x.Assignment.Score >= taxonomy.Settings.DirectScore ? MappingType.Direct : MappingType.Supporting, x.Assignment.Score) { State = x.Document.State });
        var seen = topics.Direct(leaf.Id).Select(x => x.Document.Key).ToHashSet(StringComparer.Ordinal);
        var adjacent = Siblings(leaf)
            .SelectMany(s => topics.Direct(s.Id))
            .Where(x => !x.Document.Gone && seen.Add(x.Document.Key))
            .OrderByDescending(x => x.Assignment.Score).ThenBy(x => x.Document.Key, StringComparer.Ordinal)
            .Take(MaxAdjacent)
            .Select(x => new GapEvidence(x.Document.Key, MappingType.Adjacent, Math.Round(x.Assignment.Score * 0.5, 4)) { State = x.Document.State });
        var rejected = decisions
            .Where(d => d.TopicId == leaf.Id && d.Kind == DecisionKind.Reject)
            .Select(d => new GapEvidence(d.DocumentKey, MappingType.None, 1.0) { State = $"rejected by {d.Editor}" });
        return [.. direct, .. adjacent, .. rejected];
    }

    private IEnumerable<TaxonomyNode> Siblings(TaxonomyNode leaf) =>
        leaf.ParentId is { } parent ? taxonomy.ChildrenOf(parent).Where(s => s.Id != leaf.Id) : [];

    private int BodiesElsewhere(TaxonomyNode leaf) =>
        Siblings(leaf).SelectMany(s => topics.Direct(s.Id)).Where(x => x.Document.InForce || x.Document.Ongoing)
            .Select(x => x.Document.Body).Distinct(StringComparer.Ordinal).Count();

    private static string Statement(TaxonomyNode leaf, GapKind kind, List<LandscapeDocument> inForce, List<LandscapeDocument> ongoing, int staleYears) => kind switch
    {
        GapKind.NoCoverage => $"No document in force and no work in development covers '{leaf.Name}'" + (leaf.Scope is null ? "." : $" ({leaf.Scope})"),
        GapKind.NoPublished => $"Nothing is published on '{leaf.Name}' yet; work in development: {string.Join(", ", ongoing.Select(d => d.Key).Order(StringComparer.Ordinal).Take(5))}.",
        _ => $"Every document in force on '{leaf.Name}' is older than {staleYears} years (newest: {Newest(inForce)})" + (ongoing.Count > 0 ? $"; work in development: {string.Join(", ", ongoing.Select(d => d.Key).Take(5))}." : " and nothing is in development."),
    };

    private static string Newest(List<LandscapeDocument> documents) =>
        documents.OrderByDescending(d => d.Published).Select(d => $"{d.Key}, {d.Published}").FirstOrDefault() ?? "none";
}
