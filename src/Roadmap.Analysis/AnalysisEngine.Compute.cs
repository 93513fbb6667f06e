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
        return new Findings(
            topics.Documents.Count,
            coverage,
            gapFindings,
            [.. gapFindings.Where(f => f.Gap is not null).Select(f => f.Gap!).OrderByDescending(g => g.Priority).ThenBy(g => g.Id, StringComparer.Ordinal)],
            overlaps,
            LiaisonRanker.Rank(overlaps));
    }

    private async Task<IReadOnlyList<KnownRelation>> KnownRelationsAsync(IReadOnlyList<OverlapCandidate> candidates, CancellationToken cancellationToken)
    {
        var keys = candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var relations = new List<KnownRelation>();
        foreach (var candidate in candidates)
        {
            foreach (var relation in await graph.GetRelationsAsync(candidate.Key, SameText, cancellationToken))
            {
                // Each relation is seen from both ends; keep it once, from its source.
                if (relation.FromKey == candidate.Key && keys.Contains(relation.ToKey))
                {
                    relations.Add(new KnownRelation(relation.FromKey, relation.ToKey, relation.Type));
                }
            }
        }

        return relations;
    }

    private sealed record Findings(
        int InScope,
        IReadOnlyList<CoverageCell> Coverage,
        IReadOnlyList<GapFinding> GapFindings,
        IReadOnlyList<Gap> Gaps,
        IReadOnlyList<Overlap> Overlaps,
        IReadOnlyList<LiaisonSuggestion> Liaisons);
}
