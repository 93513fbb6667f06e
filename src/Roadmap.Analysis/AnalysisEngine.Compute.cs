using Roadmap.Analysis.Coverage;
using Roadmap.Analysis.Gaps;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Overlaps;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;

namespace Roadmap.Analysis;

public sealed partial class AnalysisEngine
{
    private const int KeysPerRead = 500;
    private const int MaxGenericCandidates = 2_000;

    // Relations that make two documents one text (or one adopted from the other): not an unknown overlap.
    private static readonly RelationType[] SameText = [RelationType.IdenticalTo, RelationType.CommonText, RelationType.Twin, RelationType.AdoptedFrom];

    private async Task<Findings> ComputeAsync(AnalysisRequest request, IReadOnlyList<TopicAssignment> assignments, IReadOnlyList<EditorDecision> decisions, DateOnly referenceDate, CancellationToken cancellationToken)
    {
        var landscape = new Dictionary<string, LandscapeDocument>(StringComparer.Ordinal);
        var today = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var chunk in assignments.Select(a => a.DocumentKey).Distinct(StringComparer.Ordinal).Chunk(KeysPerRead))
        {
            foreach (var document in (await graph.GetDocumentsAsync(chunk, cancellationToken)).Values)
            {
                today[document.Key] = document;
                if (AsOf.View(document, request.AsOf, AsOfRules.Analysis) is { } view)
                {
                    landscape[view.Key] = view;
                }
            }
        }

        var topics = new TopicIndex(taxonomy, assignments, landscape);
        // Per leaf, whether anybody was working on it on the past date (every document on it today, main subject or not).
        var pipelines = request.AsOf is { } past ? LeafPipeline.OfLeaves(taxonomy.Leaves.Select(l => l.Id), assignments, today, past, AsOfRules.Analysis) : null;
        var coverage = CoverageCalculator.Compute(taxonomy, topics);
        var generic = await GenericBaselineAsync(topics, request.AsOf, cancellationToken);
        var relations = await RelationsAsync(topics, cancellationToken);
        var related = relations.Select(r => (r.FromKey, r.ToKey)).ToHashSet();
        var gapFindings = new GapDetector(taxonomy, topics, decisions, generic, related, pipelines).Detect(referenceDate);
        var candidates = topics.Documents
            .Where(d => !d.Gone && !d.DateUnknown)
            .Select(d => new OverlapCandidate(d.Key, d.Body, d.Committee, d.Document.Title, d.Document.Scope, [.. topics.TopicsOf(d.Key).Where(t => taxonomy.IsLeaf(taxonomy.Get(t)))]) { Primary = topics.PrimaryOf(d.Key) })
            .ToList();
        var known = KnownRelations(candidates, relations).Concat(await CarriedSameTextAsync(candidates, cancellationToken)).Distinct().ToList();
        var timed = embedder is null ? null : new TimedEmbedder(embedder);
        var detector = new OverlapDetector(matcher, timed);
        var overlaps = detector.Detect(candidates, known, request.MinOverlapScore ?? (detector.Semantic ? OverlapDetector.DefaultSemanticMinScore : OverlapDetector.DefaultMinScore), cancellationToken);
        var liaisons = LiaisonContext.Create(
            await graph.ListCommitteesAsync(cancellationToken),
            await graph.ListLiaisonsAsync(cancellationToken),
            candidates.Select(c => c.Committee));
        return new Findings(
            topics.Documents.Count,
            coverage,
            gapFindings,
            [.. gapFindings.SelectMany(f => f.Gaps).OrderByDescending(g => g.Priority).ThenBy(g => g.Id, StringComparer.Ordinal)],
            overlaps,
            LiaisonRanker.Rank(overlaps, liaisons),
            timed?.Elapsed);
    }

    /// <summary>
    /// Per leaf with no DLT-specific document, the generic documents in force that its context-free queries (or its own
    /// rules, outside the DLT context) find, those matching most query terms and newest first: what a DLT profile could
    /// build on. Leaves with coverage are skipped, since their gaps never cite generic work.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<LandscapeDocument>>> GenericBaselineAsync(TopicIndex topics, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<LandscapeDocument>>(StringComparer.Ordinal);
        foreach (var leaf in taxonomy.Leaves.Where(l => topics.Primary(l.Id).Count == 0))
        {
            var queries = leaf.Generic.Count > 0 ? leaf.Generic : leaf.Rules.Select(r => r.Query).ToList();
            var matches = queries.SelectMany(q => matcher.Match(q))
                .GroupBy(m => m.Key, StringComparer.Ordinal)
                .Select(g => (Key: g.Key, Terms: g.SelectMany(m => m.Terms).Distinct(StringComparer.Ordinal).Count()))
                .ToList();
            var documents = await graph.GetDocumentsAsync([.. matches.Select(m => m.Key).Take(MaxGenericCandidates)], cancellationToken);
            var terms = matches.ToDictionary(m => m.Key, m => m.Terms, StringComparer.Ordinal);
            result[leaf.Id] = [.. documents.Values
                .Select(d => AsOf.View(d, asOf, AsOfRules.Analysis))
                .OfType<LandscapeDocument>()
                .Where(d => d.InForce)
                .OrderByDescending(d => terms[d.Key])
                .ThenByDescending(d => d.Published)
                .ThenBy(d => d.Key, StringComparer.Ordinal)
                .Take(taxonomy.Settings.Gaps.MaxGenericEvidence)];
        }

        return result;
    }

    /// <summary>
    /// Every graph relation between classified documents, read once in batches (a read per document was a round trip
    /// each on Neo4j): any relation makes two texts coordinated rather than parallel work, and the same-text ones make an
    /// overlap a known relation.
    /// </summary>
    private async Task<IReadOnlyList<DocumentRelation>> RelationsAsync(TopicIndex topics, CancellationToken cancellationToken)
    {
        var keys = topics.Documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var relations = new HashSet<DocumentRelation>();
        foreach (var chunk in keys.Chunk(KeysPerRead))
        {
            // Each relation is listed under both its ends; kept once.
            relations.UnionWith((await graph.GetRelationsForAsync(chunk, null, cancellationToken)).Values.SelectMany(r => r)
                .Where(r => keys.Contains(r.FromKey) && keys.Contains(r.ToKey)));
        }

        return [.. relations];
    }

    // The same-text relations between overlap candidates, in a fixed order.
    private static IReadOnlyList<KnownRelation> KnownRelations(IReadOnlyList<OverlapCandidate> candidates, IReadOnlyList<DocumentRelation> relations)
    {
        var keys = candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return [.. relations
            .Where(r => SameText.Contains(r.Type) && keys.Contains(r.FromKey) && keys.Contains(r.ToKey))
            .Select(r => new KnownRelation(r.FromKey, r.ToKey, r.Type))
            .Distinct()
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type)];
    }

    /// <summary>
    /// Same-text relations carried to amendments and corrigenda (<see cref="CommonTextFamilies"/>): reads the candidates'
    /// relations and those of the documents they amend or correct, which need not be candidates themselves.
    /// </summary>
    private async Task<IReadOnlyList<KnownRelation>> CarriedSameTextAsync(IReadOnlyList<OverlapCandidate> candidates, CancellationToken cancellationToken)
    {
        var keys = candidates.Select(c => c.Key).ToList();
        var own = await RelationsOfAsync(keys, cancellationToken);
        var roots = CommonTextFamilies.Roots(keys, own);
        var rootRelations = await RelationsOfAsync([.. roots.Values.Distinct(StringComparer.Ordinal)], cancellationToken);
        return CommonTextFamilies.Carry(keys, roots, own.Concat(rootRelations));
    }

    private async Task<List<DocumentRelation>> RelationsOfAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var relations = new List<DocumentRelation>();
        foreach (var chunk in keys.Chunk(KeysPerRead))
        {
            relations.AddRange((await graph.GetRelationsForAsync(chunk, null, cancellationToken)).Values.SelectMany(r => r));
        }

        return relations;
    }

    private sealed record Findings(
        int InScope,
        IReadOnlyList<CoverageCell> Coverage,
        IReadOnlyList<GapFinding> GapFindings,
        IReadOnlyList<Gap> Gaps,
        IReadOnlyList<Overlap> Overlaps,
        LiaisonRanking Liaisons,
        TimeSpan? Embedding);
}
