using Roadmap.Analysis.Classification;
using Roadmap.Core.Analysis;
using Roadmap.Core.Graph;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;

namespace Roadmap.Cli;

/// <summary>The data folder's topics after editors' decisions, read from its analysis store; none before there is one.</summary>
internal sealed class StoredTopics(IGraphStore graph, DataDirectory directory) : ITopicSource
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetTopicsAsync(CancellationToken cancellationToken)
    {
        // Whoever creates the database applies every migration, the analysis tables included.
        if (graph is not Roadmap.Graph.Neo4j.Neo4jGraphStore && !File.Exists(directory.GraphDatabasePath))
        {
            return None;
        }

        await using var store = RoadmapStores.OpenAnalysis(graph, directory, TimeProvider.System);
        return await new DecidedTopics(store).GetTopicsAsync(cancellationToken);
    }
}
