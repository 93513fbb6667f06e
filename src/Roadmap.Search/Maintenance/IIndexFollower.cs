namespace Roadmap.Search.Maintenance;

/// <summary>Something that keeps a search index in step with the store's change sequence: the step the change pipeline drives.</summary>
public interface IIndexFollower
{
    /// <summary>The number of the last store change the index holds; null before its first sync.</summary>
    long? ChangesThrough { get; }

    /// <summary>Indexes the store's changes after <see cref="ChangesThrough"/> and re-files documents whose topics changed.</summary>
    Task<IndexSyncReport> SyncAsync(CancellationToken cancellationToken);
}
