using Roadmap.Core.Graph;
using static Roadmap.Graph.Neo4j.Tests.Contract.FakeNeo4j;

namespace Roadmap.Graph.Neo4j.Tests.Contract;

/// <summary>What is retried (transient errors, 5xx) and what is not (client errors), and how a lasting outage surfaces.</summary>
public sealed class RetryContractTests
{
    private const string Query = "/db/neo4j/query/v2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TransientError_ThenSuccess_IsRetried()
    {
        var calls = 0;
        var fake = Version5().On(HttpMethod.Post, Query, _ => ++calls == 1
            ? Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : QueryResult("""["json"]""", "[]"));
        await using var store = Store(fake);

        var committee = await store.GetCommitteeAsync("ISO/TC 307", Ct);

        committee.ShouldBeNull();
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task ServiceUnavailable_ThenSuccess_IsRetried()
    {
        var calls = 0;
        var fake = Version5().On(HttpMethod.Post, Query, _ => ++calls <= 2 ? Json(503, "<html>busy</html>", "text/html") : QueryResult("""["json"]""", "[]"));
        await using var store = Store(fake);

        (await store.ListCommitteesAsync(Ct)).ShouldBeEmpty();

        calls.ShouldBe(3);
    }

    [Fact]
    public async Task ClientError_IsNotRetried_AndItsMessageSurfaces()
    {
        var fake = Version5().On(HttpMethod.Post, Query, _ => Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Reference`"));
        await using var store = Store(fake);

        var error = await Should.ThrowAsync<Neo4jClientException>(() => store.ListCommitteesAsync(Ct));

        error.Message.ShouldContain("Node(12) already exists with label `Reference`");
        error.Message.ShouldContain("Neo.ClientError.Schema.ConstraintValidationFailed");
        fake.To(Query).Count().ShouldBe(1);
    }

    [Fact]
    public async Task TransientErrorThatLasts_GivesUpAfterTheBoundedAttempts()
    {
        var fake = Version5().On(HttpMethod.Post, Query, _ => Error(202, "Neo.TransientError.General.DatabaseUnavailable", "starting"));
        await using var store = Store(fake, retries: 2);

        var error = await Should.ThrowAsync<Neo4jTransientException>(() => store.ListCommitteesAsync(Ct));

        error.Code.ShouldBe("Neo.TransientError.General.DatabaseUnavailable");
        fake.To(Query).Count().ShouldBe(3);
    }

    [Fact]
    public async Task ServerErrorThatLasts_IsAGraphStoreExceptionNamingTheUrl()
    {
        var fake = Version5().On(HttpMethod.Post, Query, _ => Json(502, "bad gateway", "text/plain"));
        await using var store = Store(fake, retries: 2);

        var error = await Should.ThrowAsync<GraphStoreException>(() => store.GetStatsAsync(Ct));

        error.Message.ShouldContain(Url.ToString());
        error.Message.ShouldContain("HTTP 502");
        fake.To(Query).Count().ShouldBe(3);
    }

    [Fact]
    public async Task TransientErrorInsideATransaction_RetriesTheWholeBatch()
    {
        var opened = 0;
        var fake = Version3()
            .On(HttpMethod.Post, "/db/data/transaction", _ => Opened(++opened))
            .On(HttpMethod.Post, "/db/data/transaction/1", _ => Error(200, "Neo.TransientError.Transaction.LockClientStopped", "stopped"))
            .On(HttpMethod.Post, "/db/data/transaction/2", r => r.Statement!.StartsWith("MERGE (s:Sequence", StringComparison.Ordinal) ? TxResult("""["value"]""", "[0]") : TxResult("[]"))
            .On(HttpMethod.Post, "/db/data/transaction/2/commit", _ => TxResult("[]"));
        await using var store = Store(fake);

        var report = await store.UpsertAsync(new GraphBatch { Documents = [Roadmap.TestKit.Builders.Iso("ISO 1", "a")] }, new ChangeContext(null, "t", DateTimeOffset.UnixEpoch), Ct);

        report.Added.ShouldBe(1);
        opened.ShouldBe(2);
        fake.To("/db/data/transaction/2/commit").Count().ShouldBe(1);
        fake.Requests.ShouldAllBe(r => r.Host == Url.Authority, "links the server made are followed on the address we reach it by");
    }

    private static HttpResponseMessage Opened(int id)
    {
        // The server names itself by another address than the one we reach it by; only the path is kept.
        var response = Json(201, $$"""{"commit":"http://10.0.0.9:7474/db/data/transaction/{{id}}/commit","results":[],"transaction":{"expires":"x"},"errors":[]}""");
        response.Headers.Location = new Uri($"http://10.0.0.9:7474/db/data/transaction/{id}");
        return response;
    }
}
