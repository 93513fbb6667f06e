using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Classification;

/// <summary>Applies editors' decisions over rule output: a pin adds or confirms a topic, a reject removes it. Editors always win.</summary>
public static class EditorDecisions
{
    public static IReadOnlyList<TopicAssignment> Apply(IEnumerable<TopicAssignment> ruleAssignments, IReadOnlyList<EditorDecision> decisions)
    {
        var latest = decisions
            .GroupBy(d => (d.DocumentKey, d.TopicId))
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.At)!);
        var result = new Dictionary<(string, string), TopicAssignment>();
        foreach (var assignment in ruleAssignments)
        {
            var id = (assignment.DocumentKey, assignment.TopicId);
            if (latest.TryGetValue(id, out var decision) && decision.Kind == DecisionKind.Reject)
            {
                continue;
            }

            result[id] = assignment;
        }

        foreach (var ((key, topic), decision) in latest.Where(d => d.Value.Kind == DecisionKind.Pin))
        {
            var pin = new ClassificationEvidence(EvidenceKind.Editor, decision.Editor, decision.Note ?? "pinned by an editor", [], 1.0);
            result[(key, topic)] = result.TryGetValue((key, topic), out var existing)
                ? existing with { Score = 1.0, Pinned = true, Evidence = [.. existing.Evidence, pin] }
                : new TopicAssignment { DocumentKey = key, TopicId = topic, Score = 1.0, Pinned = true, Evidence = [pin] };
        }

        return [.. result.Values.OrderBy(a => a.DocumentKey, StringComparer.Ordinal).ThenBy(a => a.TopicId, StringComparer.Ordinal)];
    }
}
