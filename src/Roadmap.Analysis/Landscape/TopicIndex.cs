using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Landscape;

/// <summary>The analysed landscape by topic: which documents (as they stood on the date) sit under which topic, with what score.</summary>
public sealed class TopicIndex
{
    private readonly TopicTaxonomy _taxonomy;
    private readonly Dictionary<string, List<(LandscapeDocument Document, TopicAssignment Assignment)>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _topicsByKey = new(StringComparer.Ordinal);

    public TopicIndex(TopicTaxonomy taxonomy, IEnumerable<TopicAssignment> assignments, IReadOnlyDictionary<string, LandscapeDocument> documents)
    {
        _taxonomy = taxonomy;
        foreach (var assignment in assignments)
        {
            if (!taxonomy.Contains(assignment.TopicId) || !documents.TryGetValue(assignment.DocumentKey, out var document))
            {
                continue;
            }

            (_byTopic.TryGetValue(assignment.TopicId, out var list) ? list : _byTopic[assignment.TopicId] = []).Add((document, assignment));
            (_topicsByKey.TryGetValue(assignment.DocumentKey, out var topics) ? topics : _topicsByKey[assignment.DocumentKey] = []).Add(assignment.TopicId);
        }

        Documents = documents.Values.Where(d => _topicsByKey.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The documents under at least one topic, by key.</summary>
    public IReadOnlyList<LandscapeDocument> Documents { get; }

    public IReadOnlyList<(LandscapeDocument Document, TopicAssignment Assignment)> Direct(string topicId) =>
        _byTopic.TryGetValue(topicId, out var list) ? list : [];

    /// <summary>The distinct documents of the topic and its descendants.</summary>
    public IReadOnlyList<LandscapeDocument> SubtreeDocuments(string topicId) =>
        [.. _taxonomy.SubtreeOf(topicId).SelectMany(n => Direct(n.Id)).Select(x => x.Document).DistinctBy(d => d.Key)];

    public IReadOnlyList<string> TopicsOf(string key) => _topicsByKey.TryGetValue(key, out var topics) ? topics : [];
}
