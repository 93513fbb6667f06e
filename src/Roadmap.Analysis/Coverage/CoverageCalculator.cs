using Roadmap.Analysis.Landscape;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Coverage;

/// <summary>The coverage matrix: each topic (its subtree's documents) against each body and each committee.</summary>
public static class CoverageCalculator
{
    public const string NoCommittee = "(none)";

    public static IReadOnlyList<CoverageCell> Compute(TopicTaxonomy taxonomy, TopicIndex topics)
    {
        var cells = new List<CoverageCell>();
        foreach (var node in taxonomy.Nodes)
        {
            var documents = topics.SubtreeDocuments(node.Id);
            cells.AddRange(Cells(node.Id, CoverageDimension.Body, documents.GroupBy(d => d.Body, StringComparer.Ordinal)));
            cells.AddRange(Cells(node.Id, CoverageDimension.Committee, documents.GroupBy(d => d.Committee ?? NoCommittee, StringComparer.Ordinal)));
        }

        return cells;
    }

    private static IEnumerable<CoverageCell> Cells(string topic, CoverageDimension dimension, IEnumerable<IGrouping<string, LandscapeDocument>> groups) =>
        groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CoverageCell
        {
            TopicId = topic,
            Dimension = dimension,
            Value = g.Key,
            Published = g.Count(d => d.InForce),
            InDevelopment = g.Count(d => d.Ongoing),
            Withdrawn = g.Count(d => d.Gone),
            Newest = Newest(g),
        });

    private static PartialDate? Newest(IEnumerable<LandscapeDocument> documents)
    {
        var dates = documents.Where(d => d.Published is not null).Select(d => d.Published!.Value).ToList();
        return dates.Count == 0 ? null : dates.Max();
    }
}
