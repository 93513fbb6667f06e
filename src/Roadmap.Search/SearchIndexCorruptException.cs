namespace Roadmap.Search;

/// <summary>
/// The index directory cannot be used: corrupt, foreign, or written by another schema. The store is the source of truth,
/// so the remedy is always to recreate the index (<see cref="DocumentIndex.OpenOrRecreate"/>) and reindex.
/// </summary>
public sealed class SearchIndexCorruptException : Exception
{
    public SearchIndexCorruptException()
    {
    }

    public SearchIndexCorruptException(string message)
        : base(message)
    {
    }

    public SearchIndexCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Location { get; init; }
}
