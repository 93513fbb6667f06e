namespace Roadmap.Search;

/// <summary>One value of a facet dimension and how many matching documents carry it.</summary>
public sealed record FacetValue(string Value, int Count)
{
    /// <summary>How people name the value, when that differs from it: a topic's name for its id. Null otherwise.</summary>
    public string? Label { get; init; }
}
