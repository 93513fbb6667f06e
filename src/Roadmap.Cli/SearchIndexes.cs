using Roadmap.Application.Pipeline;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search;
using Roadmap.Search.Locking;
using Roadmap.Search.Maintenance;

namespace Roadmap.Cli;

/// <summary>
/// Opens the search index of a data folder (documents with their topics), rebuilding it from the store when it is missing
/// or damaged. One process writes an index at a time: while a service holds it, verbs that only read search the service's
/// last commit, and verbs that write the graph leave indexing and analysis to the service.
/// </summary>
internal static class SearchIndexes
{
    /// <summary>
    /// How long a verb that must write the index waits for another verb that holds it (a search syncing a large import
    /// can hold it for a minute on two cores): the write it follows is not done until the index has it.
    /// </summary>
    private static readonly TimeSpan WriterWait = TimeSpan.FromMinutes(10);

    /// <summary>Opens the index for writing, synced with the store unless <paramref name="sync"/> is false; waits for another verb that holds it.</summary>
    /// <exception cref="SearchIndexLockedException">Another process writes the index (a running service, or a verb that did not finish in time).</exception>
    public static Task<(DocumentIndex Index, IndexMaintenance Maintenance)> OpenAsync(CliConsole console, string dataPath, IGraphStore store, CancellationToken cancellationToken, bool sync = true) =>
        OpenAsync(console, dataPath, store, WriterWait, sync, cancellationToken);

    private static async Task<(DocumentIndex Index, IndexMaintenance Maintenance)> OpenAsync(CliConsole console, string dataPath, IGraphStore store, TimeSpan lockWait, bool sync, CancellationToken cancellationToken)
    {
        var directory = DataDirectory.OpenOrCreate(dataPath);
        var (index, recreated) = await OpenOrRecreateAsync(console, directory.IndexPath, lockWait);
        var maintenance = Maintenance(store, index, directory);
        if (recreated)
        {
            await console.Error.WriteLineAsync($"warning: the search index in {directory.IndexPath} was damaged; rebuilding it from the graph store.");
        }

        if (sync)
        {
            try
            {
                var report = await maintenance.SyncAsync(forceFull: recreated, cancellationToken);
                if (report.Mode == "full" && report.Indexed > 0)
                {
                    await console.Error.WriteLineAsync($"search index: {report.Indexed:N0} documents indexed in {report.Elapsed.TotalSeconds:F1} s");
                }
            }
            catch
            {
                index.Dispose();
                throw;
            }
        }

        return (index, maintenance);
    }

    /// <summary>
    /// Opens the index to read: synced and writable when no other process holds it; otherwise read-only on the holder's
    /// last commit (a service keeps it in step with the store; another verb is bringing it up to date), with a note on stderr.
    /// </summary>
    public static async Task<(DocumentIndex Index, IndexMaintenance Maintenance)> OpenToReadAsync(CliConsole console, string dataPath, IGraphStore store, CancellationToken cancellationToken, bool sync = true)
    {
        try
        {
            // A reader does not wait: whoever holds the index is bringing it up to date, and its last commit is there to read.
            return await OpenAsync(console, dataPath, store, TimeSpan.Zero, sync, cancellationToken);
        }
        catch (SearchIndexLockedException ex)
        {
            var directory = DataDirectory.OpenOrCreate(dataPath);
            await console.Error.WriteLineAsync(ex.Holder?.IsService == true
                ? $"note: the search index is kept by the running service (process {ex.Holder.ProcessId}); reading what it has indexed."
                : $"note: the search index is being updated by {(ex.Holder is { } holder ? "a Roadmap " + holder : "another Roadmap process")}; reading its last commit.");
            var index = DocumentIndex.OpenReadOnly(directory.IndexPath);
            return (index, Maintenance(store, index, directory));
        }
    }

    // Documents carry their topics, so the topic filter and facet work and a sync re-files what analysis changed.
    private static IndexMaintenance Maintenance(IGraphStore store, DocumentIndex index, DataDirectory directory) =>
        new(store, index, new StoredTopics(store, directory));

    // Tries at once, then, when another verb holds the index, says so and waits for it.
    private static async Task<(DocumentIndex Index, bool Recreated)> OpenOrRecreateAsync(CliConsole console, string path, TimeSpan lockWait)
    {
        try
        {
            var index = DocumentIndex.OpenOrRecreate(path, "cli", TimeSpan.Zero, out var recreated);
            return (index, recreated);
        }
        catch (SearchIndexLockedException ex) when (ex.Holder?.IsService != true && lockWait > TimeSpan.Zero)
        {
            await console.Error.WriteLineAsync($"waiting for the Roadmap {ex.Holder?.ToString() ?? "process"} to finish with the search index …");
            var index = DocumentIndex.OpenOrRecreate(path, "cli", lockWait, out var recreated);
            return (index, recreated);
        }
    }

    /// <summary>
    /// After a verb wrote the graph: runs the change pipeline once (the index takes in the changes, then an analysed data
    /// folder is analysed incrementally), or, when a running service holds the index, leaves that to the service (which
    /// follows the store's changes) and says so. The graph write stands either way.
    /// </summary>
    public static async Task FollowGraphAsync(CliConsole console, string dataPath, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await AnalysisSession.OpenAsync(console, dataPath, null, cancellationToken, syncIndex: false);
            var report = await session.Pipeline().RunOnceAsync(cancellationToken);
            if (report.Step(AnalysisProjection.StepName) is { Changed: true } analysis)
            {
                await console.Error.WriteLineAsync($"analysis: {analysis.Summary}");
            }
        }
        catch (SearchIndexLockedException ex)
        {
            await console.Error.WriteLineAsync(ex.Holder?.IsService == true
                ? $"note: the running service (process {ex.Holder.ProcessId}) keeps the search index and the analysis; it takes in these changes itself."
                : $"warning: {ex.Message} The graph is written; the index takes in these changes at its next sync (any search, or `roadmap index rebuild`).");
        }
    }
}
