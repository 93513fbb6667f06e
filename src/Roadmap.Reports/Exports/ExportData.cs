using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Committees;
using Roadmap.Core.Documents;
using Roadmap.Core.Gaps;
using Roadmap.Core.Graph;

namespace Roadmap.Reports.Exports;

/// <summary>The whole graph and the live analysis results, read once and sorted so every export is stable.</summary>
public sealed record ExportData
{
    private const int KeysPerRead = 500;

    public required IReadOnlyList<Document> Documents { get; init; }

    public required IReadOnlyList<Committee> Committees { get; init; }

    /// <summary>Every relation once (a relation is stored once, whatever end it is read from).</summary>
    public required IReadOnlyList<DocumentRelation> Relations { get; init; }

    public required TopicTaxonomy Taxonomy { get; init; }

    /// <summary>Classifications with the editors' decisions applied, of documents in the graph.</summary>
    public required IReadOnlyList<TopicAssignment> Assignments { get; init; }

    public required IReadOnlyList<Gap> Gaps { get; init; }

    public required IReadOnlyList<Overlap> Overlaps { get; init; }

    /// <summary>The bodies named by documents or committees.</summary>
    public IReadOnlyList<string> Bodies =>
        [.. Documents.Select(d => d.Body).Concat(Committees.Select(c => c.Body)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static async Task<ExportData> LoadAsync(IGraphStore graph, IAnalysisStore analysis, TopicTaxonomy taxonomy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(analysis);
        var documents = new List<Document>();
        string? after = null;
        do
        {
            var page = await graph.ListDocumentsAsync(new DocumentQuery { First = DocumentQuery.MaxPageSize, After = after }, cancellationToken).ConfigureAwait(false);
            documents.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        documents.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var relations = new HashSet<DocumentRelation>();
        foreach (var chunk in documents.Select(d => d.Key).Chunk(KeysPerRead))
        {
            foreach (var list in (await graph.GetRelationsForAsync(chunk, null, cancellationToken).ConfigureAwait(false)).Values)
            {
                relations.UnionWith(list.Select(r => r with { Source = null }));
            }
        }

        var keys = documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var decisions = await analysis.GetDecisionsAsync(cancellationToken).ConfigureAwait(false);
        var assignments = EditorDecisions.Apply(await analysis.GetClassificationsAsync(null, cancellationToken).ConfigureAwait(false), decisions);
        return new ExportData
        {
            Documents = documents,
            Committees = [.. (await graph.ListCommitteesAsync(cancellationToken).ConfigureAwait(false)).DistinctBy(c => c.Key, StringComparer.Ordinal).OrderBy(c => c.Key, StringComparer.Ordinal)],
            Relations = [.. relations.OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.Type).ThenBy(r => r.ToKey, StringComparer.Ordinal)],
            Taxonomy = taxonomy,
            Assignments = [.. assignments.Where(a => keys.Contains(a.DocumentKey) && taxonomy.Contains(a.TopicId))],
            Gaps = [.. (await analysis.ListGapsAsync(null, cancellationToken).ConfigureAwait(false)).OrderBy(g => g.Id, StringComparer.Ordinal)],
            Overlaps = [.. (await analysis.ListOverlapsAsync(0, includeKnown: true, cancellationToken).ConfigureAwait(false))
                .OrderBy(o => o.FirstKey, StringComparer.Ordinal).ThenBy(o => o.SecondKey, StringComparer.Ordinal)],
        };
    }
}
