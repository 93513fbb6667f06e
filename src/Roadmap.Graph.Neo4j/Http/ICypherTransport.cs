namespace Roadmap.Graph.Neo4j.Http;

/// <summary>Runs Cypher over one of Neo4j's HTTP APIs.</summary>
internal interface ICypherTransport
{
    /// <summary>Runs statements in auto-commit mode (one transaction per request; the Query API takes one statement per request).</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken);
}

/// <summary>An explicit transaction; disposing it without a commit rolls it back.</summary>
internal interface ICypherTransaction : IAsyncDisposable
{
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}

internal static class CypherTransactionExtensions
{
    public static async Task<CypherResult> RunAsync(this ICypherTransaction transaction, CypherStatement statement, CancellationToken cancellationToken) =>
        (await transaction.RunAsync([statement], cancellationToken))[0];
}
