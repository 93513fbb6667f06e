using Polly;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// The store's way to Neo4j: discovers the server once, then runs reads in auto-commit mode and writes as units of work in
/// one explicit transaction, each retried whole by the Polly pipeline. Failures a person must fix (unreachable, auth) become
/// <see cref="GraphStoreException"/> naming the URL.
/// </summary>
internal sealed class Neo4jClient : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly Neo4jHttp _http;
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private Connection? _server;

    public Neo4jClient(Neo4jOptions options, HttpMessageHandler? handler = null, TimeProvider? timeProvider = null)
    {
        _options = options;
        _httpClient = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = options.ConnectTimeout, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Each request has its own timeout (Neo4jOptions.RequestTimeout), so a retry gets a fresh one.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http = new Neo4jHttp(_httpClient, options);
        _pipeline = Neo4jRetry.Build(options, timeProvider ?? TimeProvider.System);
    }

    public Uri Server => _options.Url;

    /// <summary>Discovers the server (once) and returns what it is.</summary>
    public Task<Neo4jServerInfo> ConnectAsync(CancellationToken cancellationToken) =>
        ExecuteAsync(async ct => (await ServerAsync(ct)).Info, cancellationToken);

    /// <summary>Runs statements in auto-commit mode, retrying the whole request on transient failures.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        ExecuteAsync(async ct => await (await ServerAsync(ct)).Transport.RunAsync(statements, ct), cancellationToken);

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        (await RunAsync([statement], cancellationToken))[0];

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits. On a transient failure the transaction is rolled back
    /// and the whole unit runs again, so <paramref name="work"/> must read what it needs inside the transaction.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        ExecuteAsync(
            async ct =>
            {
                await using var transaction = await (await ServerAsync(ct)).Transport.BeginAsync(ct);
                var result = await work(transaction, ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken);

    public void Dispose()
    {
        _httpClient.Dispose();
        _discovery.Dispose();
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await action(ct), cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw Neo4jErrors.Unreachable(Server, ex);
        }
        catch (IOException ex)
        {
            throw Neo4jErrors.Unreachable(Server, ex);
        }
        catch (TimeoutException ex)
        {
            throw new GraphStoreException($"Neo4j at {Server} kept timing out ({_options.MaxRetryAttempts + 1} attempts): {ex.Message}", ex);
        }
        catch (Neo4jTransientException ex) when (ex.HttpStatus is not null)
        {
            throw new GraphStoreException($"Neo4j at {Server} is unavailable ({ex.Code} after {_options.MaxRetryAttempts + 1} attempts): {ex.ServerMessage}", ex);
        }
    }

    private async Task<Connection> ServerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _server) is { } known)
        {
            return known;
        }

        await _discovery.WaitAsync(cancellationToken);
        try
        {
            if (_server is null)
            {
                var info = await Neo4jDiscovery.DiscoverAsync(_http, _options.Database, cancellationToken);
                ICypherTransport transport = info.Protocol == Neo4jProtocol.QueryApi
                    ? new QueryApiTransport(_http, info.Endpoint)
                    : new TransactionalTransport(_http, info.Endpoint);
                Volatile.Write(ref _server, new Connection(info, transport));
            }

            return _server;
        }
        finally
        {
            _discovery.Release();
        }
    }

    /// <summary>What discovery settled, published as one reference so readers never see half of it.</summary>
    private sealed record Connection(Neo4jServerInfo Info, ICypherTransport Transport);
}
