using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Classification;

/// <summary>The stored rule classifications with editors' decisions applied: a pin adds a topic, a reject removes one.</summary>
public sealed class DecidedTopics(IAnalysisStore store) : ITopicSource
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetTopicsAsync(CancellationToken cancellationToken)
    {
        var classifications = await store.GetClassificationsAsync(null, cancellationToken);
        var decisions = await store.GetDecisionsAsync(cancellationToken);
        return EditorDecisions.Apply(classifications, decisions)
            .GroupBy(a => a.DocumentKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.Select(a => a.TopicId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                StringComparer.Ordinal);
    }
}
