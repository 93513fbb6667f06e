using Roadmap.Analysis.Taxonomy;
using Roadmap.Application.Errors;
using Roadmap.Search;

namespace Roadmap.Application.Search;

/// <summary>
/// What search needs from the taxonomy, for the CLI and the API alike: a topic filter is checked and widened to the
/// topic's subtopics (the index knows only the ids documents are filed under), and topic facets carry topic names.
/// </summary>
public static class TopicSearch
{
    private const int MaxNamedInError = 12;

    /// <summary>The filters with the topic's subtopics added; unchanged without a topic filter.</summary>
    /// <exception cref="InvalidInputException">The topic is not in the taxonomy (0 results would hide the typo).</exception>
    public static SearchFilters Resolve(SearchFilters filters, TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (string.IsNullOrWhiteSpace(filters.Topic))
        {
            return filters;
        }

        var id = filters.Topic.Trim();
        var node = taxonomy.Find(id) ?? taxonomy.Find(id.ToLowerInvariant())
            ?? throw new InvalidInputException($"unknown topic '{id}' (topics: {string.Join(", ", taxonomy.Nodes.Where(n => n.ParentId is null || taxonomy.Find(n.ParentId)?.ParentId is null).Take(MaxNamedInError).Select(n => n.Id))}, …; `roadmap coverage` or the topics query lists them all)");
        return filters with { Topic = node.Id, Subtopics = [.. taxonomy.SubtreeOf(node.Id).Select(n => n.Id).Where(t => t != node.Id)] };
    }

    /// <summary>The result with each topic facet value labelled with the topic's name (the id stays the value).</summary>
    public static SearchResult Label(SearchResult result, TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (result.Facets is not { } facets || !facets.TryGetValue(FacetDimension.Topic, out var topics))
        {
            return result;
        }

        var labelled = new Dictionary<FacetDimension, IReadOnlyList<FacetValue>>(facets)
        {
            [FacetDimension.Topic] = [.. topics.Select(v => v with { Label = taxonomy.Find(v.Value)?.Name })],
        };
        return result with { Facets = labelled };
    }
}
