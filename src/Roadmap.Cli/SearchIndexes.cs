using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Search;
using Roadmap.Search.Maintenance;

namespace Roadmap.Cli;

/// <summary>Opens the search index of a data folder (documents with their topics), rebuilding it from the store when it is missing or damaged.</summary>
internal static class SearchIndexes
{
    public static async Task<(DocumentIndex Index, IndexMaintenance Maintenance)> OpenAsync(CliConsole console, string dataPath, IGraphStore store, CancellationToken cancellationToken, bool sync = true)
    {
        var directory = DataDirectory.OpenOrCreate(dataPath);
        var index = DocumentIndex.OpenOrRecreate(directory.IndexPath, out var recreated);
        // Documents carry their topics, so the topic filter and facet work and a sync re-files what analysis changed.
        var maintenance = new IndexMaintenance(store, index, directory.IndexSyncStatePath, new StoredTopics(directory));
        if (recreated)
        {
            await console.Error.WriteLineAsync($"warning: the search index in {directory.IndexPath} was damaged; rebuilding it from the graph store.");
        }

        if (sync)
        {
            var report = await maintenance.SyncAsync(forceFull: recreated, cancellationToken);
            if (report.Mode == "full" && report.Indexed > 0)
            {
                await console.Error.WriteLineAsync($"search index: {report.Indexed:N0} documents indexed in {report.Elapsed.TotalSeconds:F1} s");
            }
        }

        return (index, maintenance);
    }
}
