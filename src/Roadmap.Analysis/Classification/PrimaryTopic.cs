using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Classification;

/// <summary>
/// Picks each document's one primary leaf topic (its main subject) among its leaf assignments; the others are secondary.
/// Coverage and gaps count a document under its primary topic only, so one text does not close several leaves.
/// Order: an editor's pin; a known anchor (designation pattern); a security leaf matched in the title, because a
/// "security of X" text is security work first and X second; then the strongest title evidence and the most title words matched; then the score; then the
/// taxonomy's order, so the choice never depends on the order the store returns rows in.
/// </summary>
public static class PrimaryTopic
{
    public const string SecurityRoot = "security";

    /// <summary>The primary topic of every document with a leaf assignment, by document key.</summary>
    public static IReadOnlyDictionary<string, string> Choose(TopicTaxonomy taxonomy, IEnumerable<TopicAssignment> assignments)
    {
        var order = taxonomy.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return assignments
            .Where(a => taxonomy.Find(a.TopicId) is { } node && taxonomy.IsLeaf(node))
            .GroupBy(a => a.DocumentKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(a => a.Pinned)
                    .ThenByDescending(a => a.Evidence.Any(e => e.Kind == EvidenceKind.Designation))
                    .ThenByDescending(a => IsSecurity(taxonomy, a.TopicId) && TitleTerms.Weight(a) > 0)
                    .ThenByDescending(TitleTerms.Weight)
                    .ThenByDescending(TitleTerms.Count)
                    .ThenByDescending(a => a.Score)
                    .ThenBy(a => order[a.TopicId])
                    .First().TopicId,
                StringComparer.Ordinal);
    }

    /// <summary>True for the security topic and every topic under it.</summary>
    internal static bool IsSecurity(TopicTaxonomy taxonomy, string topicId) =>
        topicId == SecurityRoot || taxonomy.AncestorsOf(topicId).Any(a => a.Id == SecurityRoot);
}
