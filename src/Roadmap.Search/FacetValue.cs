namespace Roadmap.Search;

/// <summary>One value of a facet dimension and how many matching documents carry it.</summary>
public sealed record FacetValue(string Value, int Count);
