using Roadmap.Core.Analysis;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;

namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// The analysis store on the graph's Neo4j server, so every service instance on one database sees the same gaps, decisions,
/// classifications, overlaps and runs. It behaves as <c>SqliteAnalysisStore</c> does (both pass one conformance suite):
/// the stored JSON is the same, each replace is one explicit transaction (stored whole or not at all), and gap edits are
/// optimistic: a conditional write that only lands on the version that was read.
/// </summary>
/// <param name="graph">The graph store whose client and schema this store shares; it owns the client, so disposing this store leaves it open.</param>
/// <param name="time">Stamps gap changes (system clock by default).</param>
public sealed partial class Neo4jAnalysisStore(Neo4jGraphStore graph, TimeProvider? time = null) : IAnalysisStore
{
    private readonly Neo4jGraphStore _graph = graph ?? throw new ArgumentNullException(nameof(graph));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private Neo4jClient Client => _graph.Client;

    private int BatchSize => _graph.BatchSize;

    /// <summary>The graph store applies the whole schema, the analysis constraints and indexes included.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _graph.InitializeAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Deletes every node a <c>DeleteSome…</c> statement matches, a batch at a time, within <paramref name="tx"/>.</summary>
    private async Task DeleteAllAsync(ICypherTransaction tx, string deleteSome, CancellationToken cancellationToken)
    {
        var limit = Parameters(("limit", Math.Max(BatchSize, 1000)));
        while ((await tx.RunAsync(new CypherStatement(deleteSome, limit), cancellationToken)).SingleLong("deleted") > 0)
        {
        }
    }

    /// <summary>
    /// Reads in a transaction that first takes the named lock, which every writer of that area holds until its commit is
    /// applied: Neo4j 3.x readers take no locks and could otherwise see a replacement half applied.
    /// </summary>
    private Task<T> ReadLockedAsync<T>(string name, Func<ICypherTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        Client.WriteAsync(
            async (tx, ct) =>
            {
                await LockAsync(tx, name, ct);
                return await read(tx, ct);
            },
            cancellationToken);

    private static Task<CypherResult> LockAsync(ICypherTransaction tx, string name, CancellationToken cancellationToken) =>
        tx.RunAsync(new CypherStatement(CypherStatements.LockAnalysis, Parameters(("name", name))), cancellationToken);

    // U+001F (unit separator) never occurs in a designation or topic id, so the joined pair is unique exactly when the two are.
    private static string Pair(string first, string second) => first + "\u001f" + second;
}
