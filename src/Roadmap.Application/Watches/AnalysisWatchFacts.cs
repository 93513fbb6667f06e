using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Watches;

/// <summary>Watch facts from the analysis store (classifications), the taxonomy (topic tree) and the search index (queries).</summary>
public sealed class AnalysisWatchFacts(IAnalysisStore analysis, Func<TopicTaxonomy> taxonomy, ITextMatcher matcher) : IWatchFacts
{
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> TopicLineagesAsync(IReadOnlyCollection<string> documentKeys, CancellationToken cancellationToken)
    {
        var assignments = await analysis.GetClassificationsAsync(documentKeys, cancellationToken);
        return assignments.GroupBy(a => a.DocumentKey, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlySet<string>)g.SelectMany(a => TopicLineage(a.TopicId)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public IReadOnlySet<string> TopicLineage(string topicId)
    {
        var tree = taxonomy();
        var lineage = new HashSet<string>(StringComparer.Ordinal) { topicId };
        if (tree.Contains(topicId))
        {
            lineage.UnionWith(tree.AncestorsOf(topicId).Select(n => n.Id));
        }

        return lineage;
    }

    public IReadOnlySet<string> QueryMatches(string query) =>
        matcher.Validate(query) is null ? matcher.Match(query).Select(m => m.Key).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    public string? ValidateQuery(string query) => matcher.Validate(query);

    public bool TopicExists(string topicId) => taxonomy().Contains(topicId);
}
