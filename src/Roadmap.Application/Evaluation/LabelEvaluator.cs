using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;

namespace Roadmap.Application.Evaluation;

/// <summary>
/// Measures the live analysis of a data folder against a reviewer's label file: topics, overlaps or gaps. Reads only;
/// the labels stay outside the product (they are a sample of a judgment to measure rules by, never rules themselves).
/// </summary>
public sealed class LabelEvaluator(IGraphStore graph, IAnalysisStore analysis, TopicTaxonomy taxonomy)
{
    public async Task<TopicScores> TopicsAsync(string labelFile, CancellationToken cancellationToken)
    {
        var labels = TopicLabel.Read(labelFile);
        await RequireLiveRunAsync(cancellationToken);
        var keys = labels.Select(l => l.Key).Distinct(StringComparer.Ordinal).ToList();
        var known = (await graph.GetDocumentsAsync(keys, cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        var assignments = EditorDecisions.Apply(
            await analysis.GetClassificationsAsync(keys, cancellationToken),
            [.. (await analysis.GetDecisionsAsync(cancellationToken)).Where(d => known.Contains(d.DocumentKey))]);
        var primary = PrimaryTopic.Choose(taxonomy, assignments);
        var product = assignments
            .Where(a => taxonomy.Find(a.TopicId) is { } node && taxonomy.IsLeaf(node))
            .GroupBy(a => a.DocumentKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new DocumentTopics(primary.GetValueOrDefault(g.Key), g.Select(a => a.TopicId).ToHashSet(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        return TopicEvaluation.Evaluate(labels, product, known);
    }

    public async Task<OverlapScores> OverlapsAsync(string labelFile, CancellationToken cancellationToken)
    {
        var labels = OverlapLabel.Read(labelFile);
        await RequireLiveRunAsync(cancellationToken);
        // The list a liaison officer reads: unknown overlaps, strongest first (the store's order breaks ties by key).
        var overlaps = await analysis.ListOverlapsAsync(0, includeKnown: false, cancellationToken);
        // Likely common texts are reported apart (a relation to confirm), not as overlaps.
        return OverlapEvaluation.Evaluate(labels, [.. overlaps.Where(o => !o.LikelyCommonText).Select(o => (o.FirstKey, o.SecondKey))]);
    }

    public async Task<GapScores> GapsAsync(string labelFile, CancellationToken cancellationToken)
    {
        var labels = GapLabel.Read(labelFile);
        var live = await RequireLiveRunAsync(cancellationToken);
        // The findings that held in the live run; gaps it addressed or that editors closed no longer hold.
        var found = ((await analysis.GetSnapshotAsync(live.Id, cancellationToken))?.FoundGapIds ?? []).ToHashSet(StringComparer.Ordinal);
        var gaps = await analysis.ListGapsAsync(null, cancellationToken);
        var findings = gaps
            .Where(g => !g.EditorCreated && g.Status is not (GapStatus.Dismissed or GapStatus.Closed) && found.Contains(g.Id))
            .Select(g => new ProductFinding(g.TopicId, [LabelCode(g.Kind, g.Perspective), .. g.AlsoHolds.Select(a => LabelCode(a.Kind, a.Perspective))], [.. g.Evidence.Where(e => e.Mapping is not MappingType.None).Select(e => e.DocumentKey)]))
            .ToList();
        return GapEvaluation.Evaluate(labels, findings);
    }

    /// <summary>
    /// Whether anybody was working on each labelled leaf on the labels' date, from today's documents on the leaf (main
    /// subject or not, editors' decisions applied), their dates and stage histories.
    /// </summary>
    public async Task<AsOfScores> AsOfAsync(string labelFile, CancellationToken cancellationToken)
    {
        var (date, labels) = AsOfLabel.Read(labelFile);
        await RequireLiveRunAsync(cancellationToken);
        var assignments = EditorDecisions.Apply(await analysis.GetClassificationsAsync(null, cancellationToken), await analysis.GetDecisionsAsync(cancellationToken));
        var leaves = labels.Select(l => l.Topic).Where(t => taxonomy.Find(t) is { } node && taxonomy.IsLeaf(node)).ToHashSet(StringComparer.Ordinal);
        // One read for the documents of every labelled leaf.
        var documents = await graph.GetDocumentsAsync([.. assignments.Where(a => leaves.Contains(a.TopicId)).Select(a => a.DocumentKey).Distinct(StringComparer.Ordinal)], cancellationToken);
        var pipelines = LeafPipeline.OfLeaves(leaves, assignments, documents, date, AsOfRules.Analysis);
        return AsOfEvaluation.Evaluate(date, labels, pipelines);
    }

    /// <summary>A gap's kind in the labels' vocabulary (upper snake case; a perspective gap names its body).</summary>
    public static string LabelCode(GapKind kind, string? perspective) => kind switch
    {
        GapKind.StaleOnly => "STALE",
        GapKind.NoPerspectiveWork when perspective is "ITU-T" => "NO_ITU_T_REC",
        GapKind.NoPerspectiveWork when perspective is "ISO" or "ISO/IEC" => "NO_ISO_IEC",
        _ => string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant(),
    };

    private async Task<AnalysisRun> RequireLiveRunAsync(CancellationToken cancellationToken) =>
        await analysis.GetLiveRunAsync(cancellationToken)
            ?? throw new LabelFileException("no analysis in this data folder yet; run 'roadmap analyze' first");
}
