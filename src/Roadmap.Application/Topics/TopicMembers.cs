using Roadmap.Application.Analysis;
using Roadmap.Application.Errors;
using Roadmap.Application.Search;
using Roadmap.Search;

namespace Roadmap.Application.Topics;

/// <summary>
/// The documents filed under a topic or any of its subtopics, with editors' pins and rejects applied: what a listing
/// filtered by topic shows. An unknown topic is an input error, as in search (zero rows would hide the typo).
/// </summary>
public sealed class TopicMembers(AnalysisService analysis)
{
    public async Task<IReadOnlySet<string>> KeysAsync(string topicId, CancellationToken cancellationToken)
    {
        var filters = TopicSearch.Resolve(new SearchFilters { Topic = topicId }, analysis.Taxonomy);
        var topics = new HashSet<string>([filters.Topic!, .. filters.Subtopics ?? []], StringComparer.Ordinal);
        // The service's current landscape already holds the decided classifications (cached until a run or a decision).
        var current = await analysis.CurrentAsync(cancellationToken);
        return topics.SelectMany(current.OfTopic).Select(a => a.DocumentKey).ToHashSet(StringComparer.Ordinal);
    }
}
