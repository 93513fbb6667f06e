using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// The watch store on the graph's Neo4j server, so every service instance on one database has the same watches and
/// delivers each event once. It behaves as <c>SqliteWatchStore</c> does (both pass <c>WatchStoreConformance</c>): the
/// definition's JSON is the same, an append is one explicit transaction, and claims are taken under a per-channel lock.
/// </summary>
/// <param name="graph">The graph store whose client and schema this store shares; it owns the client, so it is not disposed here.</param>
public sealed partial class Neo4jWatchStore(Neo4jGraphStore graph) : IWatchStore
{
    private readonly Neo4jGraphStore _graph = graph ?? throw new ArgumentNullException(nameof(graph));

    private Neo4jClient Client => _graph.Client;

    /// <summary>The graph store applies the whole schema, the watches' constraints and indexes included.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _graph.InitializeAsync(cancellationToken);

    public async Task SaveWatchAsync(Watch watch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watch);
        await Client.RunAsync(
            new CypherStatement(
                CypherStatements.SaveWatch,
                Parameters(("id", watch.Id), ("ownerKeyId", watch.OwnerKeyId), ("name", watch.Name), ("json", WatchRows.DefinitionJson(watch)), ("createdAt", StoredTime.Format(watch.CreatedAt)))),
            cancellationToken);
    }

    public async Task<Watch?> GetWatchAsync(string id, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.GetWatch, Parameters(("id", id))), cancellationToken);
        return result.Records.Select(WatchRows.ReadWatch).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Watch>> ListWatchesAsync(string? keyId, CancellationToken cancellationToken)
    {
        var result = await Client.RunAsync(new CypherStatement(CypherStatements.ListWatches), cancellationToken);
        var all = result.Records.Select(WatchRows.ReadWatch).ToList();
        // Shares live in the definition's JSON: watches are few, so filtering here is what the SQLite store does too.
        return keyId is null ? all : [.. all.Where(w => w.CanView(keyId))];
    }

    public Task<bool> RemoveWatchAsync(string id, CancellationToken cancellationToken) =>
        Client.WriteAsync(
            async (tx, ct) =>
            {
                var watch = Parameters(("id", id));
                var results = await tx.RunAsync(
                    [
                        new CypherStatement(CypherStatements.RemoveWatchAttempts, watch),
                        new CypherStatement(CypherStatements.RemoveWatchDeliveries, watch),
                        new CypherStatement(CypherStatements.RemoveWatchEvents, watch),
                        new CypherStatement(CypherStatements.RemoveWatch, watch),
                    ],
                    ct);
                return results[^1].SingleLong("removed") == 1;
            },
            cancellationToken);

    public async Task<long> GetCursorAsync(string projection, CancellationToken cancellationToken) =>
        (await Client.RunAsync(new CypherStatement(CypherStatements.GetWatchCursor, Parameters(("projection", projection))), cancellationToken)).SingleLong("position");
}
