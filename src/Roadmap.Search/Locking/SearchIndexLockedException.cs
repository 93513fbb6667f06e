namespace Roadmap.Search.Locking;

/// <summary>Another process holds the search index for writing; <see cref="Holder"/> says which, when it could be read.</summary>
public sealed class SearchIndexLockedException : Exception
{
    public SearchIndexLockedException()
    {
    }

    public SearchIndexLockedException(string message)
        : base(message)
    {
    }

    public SearchIndexLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IndexLockHolder? Holder { get; init; }

    public string? Location { get; init; }
}
