using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Gaps;

/// <summary>Filters and orders gaps by a <see cref="GapQuery"/>; ties are broken by id, so every caller pages the same order.</summary>
public static class GapListing
{
    public static IReadOnlyList<Gap> Apply(IEnumerable<Gap> gaps, GapQuery query, TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var topics = query.Topic is { } topic ? Subtree(taxonomy, topic.Trim()) : null;
        var matching = gaps.Where(g =>
            (topics is null || topics.Contains(g.TopicId))
            && (query.Status.Count == 0 || query.Status.Contains(g.Status))
            && (query.MinPriority is null || g.Priority >= query.MinPriority)
            && (query.Body is null || OwnerBody(g.SuggestedOwner, query.Body.Trim()))
            && (query.Owner is null || Contains(g.SuggestedOwner, query.Owner))
            && (query.EditorCreated is null || g.EditorCreated == query.EditorCreated)
            && (query.Text is null || Contains(g.Statement, query.Text) || Contains(g.TopicId, query.Text) || Contains(taxonomy.Find(g.TopicId)?.Name, query.Text)));
        return [.. Sort(matching, query).ThenBy(g => g.Id, StringComparer.Ordinal)];
    }

    // A topic no longer in the taxonomy matches its own id only: the gaps of a removed topic can still be listed.
    private static HashSet<string> Subtree(TopicTaxonomy taxonomy, string topic) => taxonomy.Contains(topic)
        ? taxonomy.SubtreeOf(topic).Select(t => t.Id).ToHashSet(StringComparer.Ordinal)
        : new HashSet<string>(StringComparer.Ordinal) { topic };

    // Committee keys start with their body: "ITU-T SG17", "ISO/TC 307".
    private static bool OwnerBody(string? owner, string body) =>
        owner is not null && owner.StartsWith(body, StringComparison.OrdinalIgnoreCase)
        && (owner.Length == body.Length || owner[body.Length] is ' ' or '/');

    private static bool Contains(string? text, string part) => text?.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase) ?? false;

    private static IOrderedEnumerable<Gap> Sort(IEnumerable<Gap> gaps, GapQuery query) => (query.OrderBy, query.Direction) switch
    {
        (GapOrderField.Priority, SortDirection.Asc) => gaps.OrderBy(g => g.Priority),
        (GapOrderField.Priority, _) => gaps.OrderByDescending(g => g.Priority),
        (GapOrderField.Topic, SortDirection.Asc) => gaps.OrderBy(g => g.TopicId, StringComparer.Ordinal),
        (GapOrderField.Topic, _) => gaps.OrderByDescending(g => g.TopicId, StringComparer.Ordinal),
        (GapOrderField.Status, SortDirection.Asc) => gaps.OrderBy(g => g.Status),
        (GapOrderField.Status, _) => gaps.OrderByDescending(g => g.Status),
        (GapOrderField.Updated, SortDirection.Asc) => gaps.OrderBy(g => g.UpdatedAt),
        (GapOrderField.Updated, _) => gaps.OrderByDescending(g => g.UpdatedAt),
        (_, SortDirection.Asc) => gaps.OrderBy(g => g.Id, StringComparer.Ordinal),
        _ => gaps.OrderByDescending(g => g.Id, StringComparer.Ordinal),
    };
}
