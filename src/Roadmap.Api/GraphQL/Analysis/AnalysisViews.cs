using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Api.Analysis;
using Roadmap.Core.Analysis;

namespace Roadmap.Api.GraphQL.Analysis;

/// <summary>How analysis records become what the schema shows: a document's topic rows, a topic's documents, a missing topic.</summary>
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

    /// <summary>
    /// One document's topic rows: rule classifications with the editors' decisions applied (a pin adds or confirms a topic
    /// with score 1, a reject marks the row rejected), strongest first.
    /// </summary>
    public static IReadOnlyList<DocumentTopic> TopicsOf(IReadOnlyList<TopicAssignment> rules, IReadOnlyList<EditorDecision> decisions)
    {
        var latest = decisions.GroupBy(d => d.TopicId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(d => d.At)!, StringComparer.Ordinal);
        var rows = EditorDecisions.Apply(rules, decisions)
            .Select(a => new DocumentTopic(a, latest.GetValueOrDefault(a.TopicId)))
            .ToList();
        foreach (var reject in latest.Values.Where(d => d.Kind == DecisionKind.Reject))
        {
            var rule = rules.FirstOrDefault(r => r.TopicId == reject.TopicId)
                ?? new TopicAssignment { DocumentKey = reject.DocumentKey, TopicId = reject.TopicId, Score = 0, Evidence = [] };
            rows.Add(new DocumentTopic(rule, reject));
        }

        return [.. rows.OrderBy(r => r.Rejected).ThenByDescending(r => r.Score).ThenBy(r => r.TopicId, StringComparer.Ordinal)];
    }
}

/// <summary>A document's topic with score and evidence, and the editor's decision on it if any.</summary>
internal sealed record DocumentTopic(TopicAssignment Assignment, EditorDecision? Decision)
{
    public string TopicId => Assignment.TopicId;

    public bool Rejected => Decision?.Kind == DecisionKind.Reject;

    public bool Pinned => !Rejected && Assignment.Pinned;

    public double Score => Assignment.Score;
}
