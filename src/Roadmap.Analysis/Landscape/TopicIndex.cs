using Roadmap.Analysis.Classification;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Landscape;

/// <summary>The analysed landscape by topic: which documents (as they stood on the date) sit under which topic, with what score.</summary>
public sealed class TopicIndex
{
    private readonly TopicTaxonomy _taxonomy;
    private readonly Dictionary<string, List<(LandscapeDocument Document, TopicAssignment Assignment)>> _byTopic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _topicsByKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _primary;

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

        _primary = PrimaryTopic.Choose(taxonomy, assignments.Where(a => documents.ContainsKey(a.DocumentKey)));
        Documents = documents.Values.Where(d => _topicsByKey.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The documents under at least one topic, by key.</summary>
    public IReadOnlyList<LandscapeDocument> Documents { get; }

    public IReadOnlyList<(LandscapeDocument Document, TopicAssignment Assignment)> Direct(string topicId) =>
        _byTopic.TryGetValue(topicId, out var list) ? list : [];

    /// <summary>The distinct documents of the topic and its descendants.</summary>
    public IReadOnlyList<LandscapeDocument> SubtreeDocuments(string topicId) =>
        [.. _taxonomy.SubtreeOf(topicId).SelectMany(n => Direct(n.Id)).Select(x => x.Document).DistinctBy(d => d.Key)];

    /// <summary>The documents whose main subject (primary topic) is the leaf: what covers it.</summary>
    public IReadOnlyList<(LandscapeDocument Document, TopicAssignment Assignment)> Primary(string topicId) =>
        [.. Direct(topicId).Where(x => PrimaryOf(x.Document.Key) == topicId)];

    /// <summary>The documents that address the leaf beside another main subject: related, not coverage.</summary>
    public IReadOnlyList<(LandscapeDocument Document, TopicAssignment Assignment)> Secondary(string topicId) =>
        [.. Direct(topicId).Where(x => PrimaryOf(x.Document.Key) != topicId)];

    /// <summary>The document's primary leaf topic, null when it has no leaf.</summary>
    public string? PrimaryOf(string key) => _primary.GetValueOrDefault(key);

    public IReadOnlyList<string> TopicsOf(string key) => _topicsByKey.TryGetValue(key, out var topics) ? topics : [];
}
