namespace Roadmap.Graph.Neo4j.Tests.Conformance;

/// <summary>
/// Graph stores on the test server for the service-state suites: the first one wipes the database, each further one is
/// another client on the same database (as another instance would be). All are disposed with this.
/// </summary>
internal sealed class Neo4jStores : IAsyncDisposable
{
    private readonly List<Neo4jGraphStore> _opened = [];

    public async Task<Neo4jGraphStore> CreateEmptyAsync(CancellationToken cancellationToken)
    {
        var store = await OpenAsync(cancellationToken);
        await Neo4jServer.WipeAsync(store, cancellationToken);
        return store;
    }

    public async Task<Neo4jGraphStore> OpenAsync(CancellationToken cancellationToken)
    {
        var store = new Neo4jGraphStore(Neo4jServer.Require());
        _opened.Add(store);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }
    }
}
