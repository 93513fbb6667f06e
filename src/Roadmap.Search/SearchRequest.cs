namespace Roadmap.Search;

/// <summary>A search: text (empty means browse everything the filters allow), filters, a page and optional facets.</summary>
public sealed record SearchRequest
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 100;

    public string? Text { get; init; }

    public SearchMode Mode { get; init; } = SearchMode.Simple;

    public SearchFilters Filters { get; init; } = SearchFilters.None;

    /// <summary>Page size; clamped to 1–<see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = DefaultLimit;

    public int Offset { get; init; }

    public bool IncludeFacets { get; init; }
}
