namespace Roadmap.Search;

/// <summary>A page of hits, the total over all pages, facets when asked, or an error for a query that cannot run.</summary>
public sealed record SearchResult
{
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    public int Total { get; init; }

    /// <summary>Counts over the full hit set, per dimension; null unless <see cref="SearchRequest.IncludeFacets"/>.</summary>
    public IReadOnlyDictionary<FacetDimension, IReadOnlyList<FacetValue>>? Facets { get; init; }

    /// <summary>
    /// Set when the hits are not what the text literally asked for: a quoted phrase no document has (its words were
    /// searched instead), or words no document has all of (documents with some of them are shown).
    /// </summary>
    public string? Notice { get; init; }

    /// <summary>Why the query could not run (advanced syntax errors, runaway expansions); null on success.</summary>
    public string? Error { get; init; }

    public bool Succeeded => Error is null;

    public static SearchResult Failed(string error) => new() { Error = error };
}
