using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Neo4j.Schema;

namespace Roadmap.Graph.Neo4j;

/// <summary>
/// The graph store on a Neo4j server, over HTTP: the Query API where the server offers it (5.19+), else the transactional
/// endpoint (3.x–5.x). Each batch is one explicit transaction, so it is stored whole or not at all; merging, diffing,
/// validation and the stored JSON are those of the embedded store, so both pass the same conformance suite.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jClient _client;
    private readonly int _batchSize;

    public Neo4jGraphStore(Neo4jOptions options)
        : this(options, handler: null, timeProvider: null)
    {
    }

    /// <param name="handler">The HTTP stack to use (tests pass a fake); null for a pooled socket handler.</param>
    /// <param name="timeProvider">The clock of the retry backoff.</param>
    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        _client = new Neo4jClient(options, handler, timeProvider);
        _batchSize = options.BatchSize;
    }

    internal Neo4jClient Client => _client;

    /// <summary>Rows per <c>UNWIND</c> statement, for the stores that share this one's client.</summary>
    internal int BatchSize => _batchSize;

    /// <summary>Discovers the server, applies the schema (idempotently) and checks the schema version.</summary>
    /// <exception cref="GraphStoreException">The server is unreachable, refuses the credentials, or holds a newer schema.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken) => Neo4jSchema.ApplyAsync(_client, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
