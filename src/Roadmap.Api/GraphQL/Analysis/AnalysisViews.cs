using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>How analysis records become what the schema shows: a topic's documents, a missing topic.</summary>
internal static class AnalysisViews
{
    /// <summary>Keys of the documents classified under the topic or below it.</summary>
    public static HashSet<string> SubtreeKeys(TopicTaxonomy taxonomy, CurrentAnalysis view, string topicId) =>
        taxonomy.Contains(topicId)
            ? [.. taxonomy.SubtreeOf(topicId).SelectMany(t => view.OfTopic(t.Id)).Select(a => a.DocumentKey)]
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The topic, or a stand-in named by its id when the taxonomy no longer has it (gaps keep their topic).</summary>
    public static TaxonomyNode TopicOrStandIn(TopicTaxonomy taxonomy, string topicId) =>
        taxonomy.Find(topicId) ?? new TaxonomyNode { Id = topicId, Name = topicId, Weight = 0, Scope = "no longer in the taxonomy" };
}
