using System.Net;
using System.Net.Sockets;
using Roadmap.Core.Graph;
using static Roadmap.Graph.Neo4j.Tests.Contract.FakeNeo4j;

namespace Roadmap.Graph.Neo4j.Tests.Contract;

/// <summary>Discovery picks the endpoint and the DDL dialect from what the server says it is.</summary>
public sealed class DiscoveryContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Version5_WithQueryApi_UsesQueryApiAndModernDdl()
    {
        var fake = Version5().On(HttpMethod.Post, "/db/neo4j/query/v2", _ => QueryResult("[]", "[]"));
        await using var store = Store(fake);

        await store.InitializeAsync(Ct);

        var statements = fake.To("/db/neo4j/query/v2").Select(r => r.Statement!).ToList();
        statements.ShouldContain("CREATE CONSTRAINT roadmap_reference_key IF NOT EXISTS FOR (r:Reference) REQUIRE r.key IS UNIQUE");
        statements.ShouldNotContain(s => s.Contains("ASSERT", StringComparison.Ordinal));
        fake.Requests.ShouldNotContain(r => r.Path.Contains("/tx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Version5BeforeQueryApiTransactions_UsesTheTransactionalEndpoint()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", _ => Json(200, Root5.Replace("5.26.0", "5.24.0", StringComparison.Ordinal)))
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", _ => TxResult("[]"));
        await using var store = Store(fake);

        await store.InitializeAsync(Ct);

        fake.To("/db/neo4j/tx/commit").First().Statement.ShouldStartWith("CREATE CONSTRAINT roadmap_reference_key IF NOT EXISTS");
        fake.Requests.ShouldNotContain(r => r.Path.Contains("query", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Version44_WithoutQueryApi_UsesTransactionalEndpointOfTheDatabase()
    {
        var fake = Version4().On(HttpMethod.Post, "/db/graph/tx/commit", _ => TxResult("[]"));
        await using var store = new Neo4jGraphStore(Options() with { Database = "graph" }, fake, TimeProvider.System);

        await store.InitializeAsync(Ct);

        var statements = fake.To("/db/graph/tx/commit").Select(r => r.Statement!).ToList();
        statements.ShouldContain(s => s.StartsWith("CREATE CONSTRAINT roadmap_reference_key IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Version3_UsesDbDataTransactionAndOnAssertDdl()
    {
        var fake = Version3().On(HttpMethod.Post, "/db/data/transaction/commit", _ => TxResult("[]"));
        await using var store = Store(fake);

        await store.InitializeAsync(Ct);

        var statements = fake.To("/db/data/transaction/commit").Select(r => r.Statement!).ToList();
        statements.ShouldContain("CREATE CONSTRAINT ON (r:Reference) ASSERT r.key IS UNIQUE");
        statements.ShouldNotContain(s => s.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OldSyntaxOn4x_AlreadyExistingRule_IsSuccess()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", _ => Json(200, Root4.Replace("4.4.30", "4.2.0", StringComparison.Ordinal)))
            .On(HttpMethod.Post, "/db/neo4j/tx/commit", r => r.Statement!.StartsWith("CREATE", StringComparison.Ordinal)
                ? Error(200, "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "An equivalent constraint already exists")
                : TxResult("[]"));
        await using var store = Store(fake);

        await store.InitializeAsync(Ct);

        fake.To("/db/neo4j/tx/commit").First().Statement.ShouldBe("CREATE CONSTRAINT ON (r:Reference) ASSERT r.key IS UNIQUE");
    }

    [Fact]
    public async Task Unauthorized_FailsInitializeWithAClearAuthError()
    {
        var fake = new FakeNeo4j()
            .On(HttpMethod.Get, "/", _ => Json(200, Root5))
            .On(HttpMethod.Post, "/db/neo4j/query/v2", _ => Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        await using var store = Store(fake);

        var error = await Should.ThrowAsync<GraphStoreException>(() => store.InitializeAsync(Ct));

        error.Message.ShouldContain("rejected the credentials");
        error.Message.ShouldContain("Invalid username or password.");
        error.Message.ShouldContain(Url.ToString());
        fake.To("/db/neo4j/query/v2").Count().ShouldBe(1, "an auth failure is not retried");
    }

    [Fact]
    public async Task Credentials_AreSentAsBasicOrBearer()
    {
        var basic = Version5().On(HttpMethod.Post, "/db/neo4j/query/v2", _ => QueryResult("[]", "[]"));
        var bearer = Version5().On(HttpMethod.Post, "/db/neo4j/query/v2", _ => QueryResult("[]", "[]"));
        await using (var store = Store(basic))
        {
            await store.InitializeAsync(Ct);
        }

        await using (var store = new Neo4jGraphStore(Options() with { BearerToken = "tok" }, bearer, TimeProvider.System))
        {
            await store.InitializeAsync(Ct);
        }

        basic.Requests[^1].Headers.Authorization!.ToString().ShouldBe("Basic " + Convert.ToBase64String("neo4j:secret"u8.ToArray()));
        bearer.Requests[^1].Headers.Authorization!.ToString().ShouldBe("Bearer tok");
    }

    [Fact]
    public async Task NotNeo4j_FailsWithAMessage()
    {
        var fake = new FakeNeo4j().On(HttpMethod.Get, "/", _ => Json(200, """{"hello":"world"}"""));
        await using var store = Store(fake);

        var error = await Should.ThrowAsync<GraphStoreException>(() => store.InitializeAsync(Ct));

        error.Message.ShouldContain("lists no Neo4j query or transaction endpoint");
    }

    [Fact]
    public async Task UnreachableServer_FailsWithGraphStoreExceptionNamingTheUrl()
    {
        // A port that was free a moment ago: connecting is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = new Uri($"http://127.0.0.1:{port}");
        await using var store = new Neo4jGraphStore(Options(retries: 1) with { Url = url });

        var error = await Should.ThrowAsync<GraphStoreException>(() => store.InitializeAsync(Ct));

        error.Message.ShouldContain(url.ToString());
        error.Message.ShouldContain("unreachable");
    }
}
