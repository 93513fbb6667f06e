using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// Finds the gaps of each leaf topic, counting the documents whose primary topic the leaf is. Each kind is a rule with
/// its own evidence, statement and priority (see <see cref="GapKind"/>; knobs in <see cref="GapSettings"/>): coverage
/// (none, generic only, nothing published yet, stale, about to go stale), normativity (informative only, thin), bodies
/// (single body, the perspective bodies' absence, parallel work without a relation) and the security counterpart.
/// </summary>
/// <param name="generic">Per leaf, generic documents in force (found without the DLT context), best first.</param>
/// <param name="related">Pairs of documents the graph relates (either order), which are coordinated, not parallel.</param>
/// <param name="pipelines">On a past date, per leaf, whether anybody was working on it then; null for today.</param>
public sealed partial class GapDetector(
    TopicTaxonomy taxonomy,
    TopicIndex topics,
    IReadOnlyList<EditorDecision> decisions,
    IReadOnlyDictionary<string, IReadOnlyList<LandscapeDocument>>? generic = null,
    IReadOnlySet<(string, string)>? related = null,
    IReadOnlyDictionary<string, LeafPipeline>? pipelines = null)
{
    private const int MaxAdjacent = 5;

    // Nearest work cited for an uncovered leaf must share more than one word with it: one shared word ("chain" in
    // "on-chain" and "cross-chain") is too often a coincidence.
    private const int MinNearForUncovered = 2;

    private GapSettings Rules => taxonomy.Settings.Gaps;

    public IReadOnlyList<GapFinding> Detect(DateOnly referenceDate) =>
        [.. taxonomy.Leaves.Select(leaf => Detect(LeafFacts.Of(leaf, topics, referenceDate), referenceDate))];

    private GapFinding Detect(LeafFacts facts, DateOnly date)
    {
        var staleYears = taxonomy.Settings.StaleAfterYears;
        var fresh = facts.InForce.Where(d => d.Published is not { } p || LeafFacts.AgeYears(p, date) <= staleYears).ToList();
        var covering = fresh.Concat(facts.Ongoing).Select(d => d.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var gaps = new List<Gap?>
        {
            Coverage(facts, fresh.Count),
            GenericOnly(facts),
            AboutToGoStale(facts, date),
            InformativeOnly(facts),
            Thin(facts),
            SingleBody(facts),
            NoSecurityCounterpart(facts),
            ParallelUncoordinated(facts),
        };
        gaps.AddRange(Rules.Perspectives.Select(p => NoPerspectiveWork(facts, p)));
        return new GapFinding(facts.Leaf.Id, OneFindingPerEvidence(gaps.OfType<Gap>()), covering);
    }

    /// <summary>
    /// Findings of one topic that rest on the very same documents are one finding to a reader (a topic whose only text
    /// is an old Recommendation is thin, stale and single-body at once): the topic's coverage finding, else the
    /// highest-priority one, keeps its id and names the others in its <see cref="Gap.AlsoHolds"/> and its statement.
    /// Findings with different status stay apart.
    /// </summary>
    private static IReadOnlyList<Gap> OneFindingPerEvidence(IEnumerable<Gap> gaps) =>
        [.. gaps
            .GroupBy(g => (g.Status, Evidence: string.Join('\n', g.EvidenceKeys.Order(StringComparer.Ordinal))))
            .SelectMany(group => group.Key.Evidence.Length == 0
                ? group
                : (IEnumerable<Gap>)[Merge([.. group.OrderByDescending(g => g.Id == GapIds.Coverage(g.TopicId)).ThenByDescending(g => g.Priority)])])];

    private static Gap Merge(IReadOnlyList<Gap> same)
    {
        if (same is [var only])
        {
            return only;
        }

        var also = same.Skip(1).Select(g => new GapAspect(g.Kind, g.Perspective)).ToList();
        return same[0] with { AlsoHolds = also, Statement = same[0].Statement + " " + GapStatements.Also(also) };
    }

    private Gap Make(LeafFacts facts, GapKind kind, string statement, IEnumerable<GapEvidence> evidence, CommitteeMandate? owner = null, string? perspective = null, GapStatus status = GapStatus.Open)
    {
        var priority = PriorityFormula.Compute(kind, facts.Leaf.Weight, facts.Normative.Count, Rules.WellCoveredNormative, facts.Bodies.Count, facts.NewestAgeYears, taxonomy.Settings.StaleAfterYears, facts.Ongoing.Count > 0);
        owner ??= taxonomy.OwnersOf(facts.Leaf.Id) is [var first, ..] ? first : null;
        return new Gap
        {
            Id = GapIds.For(facts.Leaf.Id, kind, perspective),
            TopicId = facts.Leaf.Id,
            Kind = kind,
            Perspective = perspective,
            Statement = statement,
            Status = status,
            Priority = priority.Score,
            PriorityBreakdown = priority,
            Evidence = [.. evidence.DistinctBy(e => e.DocumentKey)],
            WorkInProgress = [.. facts.Ongoing.Select(d => d.Key)],
            SuggestedOwner = owner?.Committee,
            SuggestedOwnerMandate = owner?.Mandate,
        };
    }

    private GapEvidence Cite(LandscapeDocument document, MappingType mapping)
    {
        var assignment = topics.Direct(topics.PrimaryOf(document.Key) ?? string.Empty).FirstOrDefault(x => x.Document.Key == document.Key).Assignment;
        var confidence = mapping switch
        {
            MappingType.Generic => 0.0,
            MappingType.Adjacent => Math.Round((assignment?.Score ?? 0) * 0.5, 4),
            _ => assignment?.Score ?? 1.0,
        };
        return new GapEvidence(document.Key, mapping, confidence) { State = document.State };
    }

    private IEnumerable<GapEvidence> Primary(IEnumerable<LandscapeDocument> documents) => documents.Select(d => Cite(d, MappingType.Direct));

    private IEnumerable<GapEvidence> Supporting(IEnumerable<LandscapeDocument> documents) => documents.Select(d => Cite(d, MappingType.Supporting));

    /// <summary>
    /// The siblings' main documents in force (of one body, when given), nearest the leaf first (see
    /// <see cref="Relatedness"/>), then by score: related work, never coverage. Only those at least
    /// <paramref name="minRelatedness"/> near are cited, so two uncovered siblings do not cite the same neighbours.
    /// </summary>
    private IEnumerable<GapEvidence> Adjacent(LeafFacts facts, string? body = null, int minRelatedness = 0)
    {
        var near = new Relatedness(taxonomy, facts.Leaf);
        return (facts.Leaf.ParentId is { } parent ? taxonomy.ChildrenOf(parent).Where(s => s.Id != facts.Leaf.Id) : [])
            .SelectMany(s => topics.Primary(s.Id).Select(x => (x.Document, x.Assignment, Near: near.Of(s.Id, x.Document.Document.Title))))
            .Where(x => x.Document.InForce && (body is null || x.Document.Body == body) && x.Near >= minRelatedness)
            .OrderByDescending(x => x.Near).ThenByDescending(x => x.Assignment.Score).ThenBy(x => x.Document.Key, StringComparer.Ordinal)
            .Take(MaxAdjacent)
            .Select(x => Cite(x.Document, MappingType.Adjacent));
    }

    private IEnumerable<GapEvidence> Rejected(LeafFacts facts) => decisions
        .Where(d => d.TopicId == facts.Leaf.Id && d.Kind == DecisionKind.Reject)
        .Select(d => new GapEvidence(d.DocumentKey, MappingType.None, 1.0) { State = $"rejected by {d.Editor}" });

    private bool IsSecurity(string topicId) => PrimaryTopic.IsSecurity(taxonomy, topicId);
}
