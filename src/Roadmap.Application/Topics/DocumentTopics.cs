using Roadmap.Analysis.Classification;
using Roadmap.Core.Analysis;

namespace Roadmap.Application.Topics;

/// <summary>How one document's classifications and the editors' decisions on it become its topic rows.</summary>
public static class DocumentTopics
{
    /// <summary>
    /// Rule classifications with the editors' decisions applied (a pin adds or confirms a topic with score 1, a reject
    /// marks the row rejected), strongest first, rejected rows last.
    /// </summary>
    public static IReadOnlyList<DocumentTopic> Of(IReadOnlyList<TopicAssignment> rules, IReadOnlyList<EditorDecision> decisions)
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
