using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search;
using Roadmap.Search.Locking;
using Roadmap.Search.Maintenance;

namespace Roadmap.Api.Search;

/// <summary>
/// The search index of the data folder, opened once (rebuilt from the store when damaged) and kept in step with the store.
/// Syncs and rebuilds are serialised; searches run meanwhile against the last committed state.
/// </summary>
internal sealed partial class SearchIndexHost : IIndexFollower, IDisposable
{
    private readonly IndexMaintenance _maintenance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger<SearchIndexHost> _logger;
    private bool _needsFull;
    private long _generation;
    private int _failuresInARow;

    /// <param name="topics">
    /// Where documents' topics come from (after editors' decisions); the host that registers the analysis store registers
    /// it too. Without it documents are indexed without topics.
    /// </param>
    public SearchIndexHost(IGraphStore store, DataDirectory directory, ILogger<SearchIndexHost> logger, ITopicSource? topics = null)
    {
        _logger = logger;
        // The service writes its index for as long as it runs: a CLI verb or a second service finds it taken and says by whom.
        var index = DocumentIndex.OpenOrRecreate(directory.IndexPath, IndexLockHolder.ServiceRole, DocumentIndex.DefaultLockWait, out var recreated);
        Index = index;
        _needsFull = recreated;
        if (recreated)
        {
            LogRecreated(logger, directory.IndexPath);
        }

        _maintenance = new IndexMaintenance(store, index, topics);
    }

    public ISearchIndex Index { get; }

    public long? ChangesThrough => Index.ChangesThrough;

    /// <summary>True once the index has caught up with the store at least once since start.</summary>
    public bool IsCaughtUp { get; private set; }

    /// <summary>Syncs or rebuilds that failed since the last one that succeeded.</summary>
    public int FailuresInARow => Volatile.Read(ref _failuresInARow);

    /// <summary>Why the last sync failed, while <see cref="FailuresInARow"/> is above zero.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>Grows whenever a sync or rebuild changes the index (cached search results key on it).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Indexes what changed in the store since the last sync (everything when the index was recreated).</summary>
    public Task<IndexSyncReport> SyncAsync(CancellationToken cancellationToken) =>
        RunAsync(ct => _maintenance.SyncAsync(forceFull: _needsFull, ct), cancellationToken);

    /// <summary>Reindexes every document of the store and drops what the store no longer has.</summary>
    public Task<IndexSyncReport> RebuildAsync(CancellationToken cancellationToken) =>
        RunAsync(_maintenance.RebuildAsync, cancellationToken);

    public void Dispose()
    {
        Index.Dispose();
        _gate.Dispose();
    }

    private async Task<IndexSyncReport> RunAsync(Func<CancellationToken, Task<IndexSyncReport>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            IndexSyncReport report;
            try
            {
                report = await action(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LastFailure = ex.Message;
                Interlocked.Increment(ref _failuresInARow);
                throw;
            }

            (_needsFull, IsCaughtUp, LastFailure) = (false, true, null);
            Volatile.Write(ref _failuresInARow, 0);
            if (report.Indexed > 0 || report.Deleted > 0)
            {
                Interlocked.Increment(ref _generation);
                LogSynced(_logger, report.Mode, report.Indexed, report.Deleted, report.Elapsed.TotalMilliseconds);
            }

            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index at {Path} was damaged; it is rebuilt from the graph store")]
    private static partial void LogRecreated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index sync ({Mode}): {Indexed} indexed, {Deleted} deleted in {ElapsedMs:F0} ms")]
    private static partial void LogSynced(ILogger logger, string mode, int indexed, int deleted, double elapsedMs);
}
