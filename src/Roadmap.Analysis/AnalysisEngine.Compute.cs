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

    // Relations that make two documents one text (or one adopted from the other): not an unknown overlap.
    private static readonly RelationType[] SameText = [RelationType.IdenticalTo, RelationType.CommonText, RelationType.Twin, RelationType.AdoptedFrom];

    private async Task<Findings> ComputeAsync(AnalysisRequest request, IReadOnlyList<TopicAssignment> assignments, IReadOnlyList<EditorDecision> decisions, DateOnly referenceDate, CancellationToken cancellationToken)
    {
        var landscape = new Dictionary<string, LandscapeDocument>(StringComparer.Ordinal);
        foreach (var chunk in assignments.Select(a => a.DocumentKey).Distinct(StringComparer.Ordinal).Chunk(KeysPerRead))
        {
            foreach (var document in (await graph.GetDocumentsAsync(chunk, cancellationToken)).Values)
            {
                if (AsOf.View(document, request.AsOf) is { } view)
                {
                    landscape[view.Key] = view;
                }
            }
        }

        var topics = new TopicIndex(taxonomy, assignments, landscape);
        var coverage = CoverageCalculator.Compute(taxonomy, topics);
        var gapFindings = new GapDetector(taxonomy, topics, decisions).Detect(referenceDate);
        var candidates = topics.Documents
            .Where(d => !d.Gone)
            .Select(d => new OverlapCandidate(d.Key, d.Body, d.Committee, d.Document.Title, d.Document.Scope, [.. topics.TopicsOf(d.Key).Where(t => taxonomy.IsLeaf(taxonomy.Get(t)))]))
            .ToList();
        var known = await KnownRelationsAsync(candidates, cancellationToken);
        var overlaps = new OverlapDetector(matcher).Detect(candidates, known, request.MinOverlapScore);
        var liaisons = LiaisonContext.Create(
            await graph.ListCommitteesAsync(cancellationToken),
            await graph.ListLiaisonsAsync(cancellationToken),
            candidates.Select(c => c.Committee));
        return new Findings(
            topics.Documents.Count,
            coverage,
            gapFindings,
            [.. gapFindings.Where(f => f.Gap is not null).Select(f => f.Gap!).OrderByDescending(g => g.Priority).ThenBy(g => g.Id, StringComparer.Ordinal)],
            overlaps,
            LiaisonRanker.Rank(overlaps, liaisons));
    }

    // One batched read for every candidate: a read per document was a round trip each on Neo4j.
    private async Task<IReadOnlyList<KnownRelation>> KnownRelationsAsync(IReadOnlyList<OverlapCandidate> candidates, CancellationToken cancellationToken)
    {
        var keys = candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var byKey = await graph.GetRelationsForAsync(keys, SameText, cancellationToken);
        // Each relation is listed under both its ends; kept once, in a fixed order.
        return [.. byKey.Values.SelectMany(relations => relations)
            .Where(r => keys.Contains(r.FromKey) && keys.Contains(r.ToKey))
            .Select(r => new KnownRelation(r.FromKey, r.ToKey, r.Type))
            .Distinct()
            .OrderBy(r => r.FromKey, StringComparer.Ordinal)
            .ThenBy(r => r.ToKey, StringComparer.Ordinal)
            .ThenBy(r => r.Type)];
    }

    private sealed record Findings(
        int InScope,
        IReadOnlyList<CoverageCell> Coverage,
        IReadOnlyList<GapFinding> GapFindings,
        IReadOnlyList<Gap> Gaps,
        IReadOnlyList<Overlap> Overlaps,
        LiaisonRanking Liaisons);
}
