namespace Roadmap.Search;

/// <summary>How <see cref="SearchRequest.Text"/> is read.</summary>
public enum SearchMode
{
    /// <summary>Free text as a user types it: never a syntax error, designation-aware, type-ahead on the last word.</summary>
    Simple,

    /// <summary>Lucene classic query syntax (phrases, prefixes, fuzzy, <c>field:value</c>); a syntax error is reported, not thrown.</summary>
    Advanced,
}
