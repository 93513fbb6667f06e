using System.Text.Json;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;
using static Roadmap.Graph.Neo4j.Tests.Contract.FakeNeo4j;
using static Roadmap.TestKit.Builders;

namespace Roadmap.Graph.Neo4j.Tests.Contract;

/// <summary>The Query API's shapes: rows as arrays of arrays, typed JSON, errors in a 202, explicit transactions.</summary>
public sealed class QueryApiContractTests
{
    private const string Query = "/db/neo4j/query/v2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_AreArraysInFieldOrder()
    {
        var document = Iso("ISO 22739", "Vocabulary");
        var json = JsonSerializer.Serialize(JsonSerializer.Serialize(document, GraphJsonContext.Default.Document));
        var fake = Version5().On(HttpMethod.Post, Query, _ => QueryResult("""["json"]""", $"[[{json}]]"));
        await using var store = Store(fake);

        var found = await store.GetDocumentAsync("ISO 22739", Ct);

        found.ShouldBe(document);
        var sent = JsonDocument.Parse(fake.To(Query).Single().Body!).RootElement;
        sent.GetProperty("statement").GetString().ShouldBe(CypherStatements.LoadDocuments);
        sent.GetProperty("parameters").GetProperty("keys")[0].GetString().ShouldBe("ISO 22739");
    }

    [Fact]
    public async Task TypedJson_IsMappedToDotNetValues()
    {
        const string Typed = """
            {"data":{"fields":["i","f","s","b","n","l","m","node","when"],"values":[[
              {"$type":"Integer","_value":"9007199254740993"},
              {"$type":"Float","_value":"4.56"},
              {"$type":"String","_value":"Phil"},
              {"$type":"Boolean","_value":true},
              {"$type":"Null","_value":null},
              {"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"two"}]},
              {"$type":"Map","_value":{"k":{"$type":"Float","_value":"NaN"}}},
              {"$type":"Node","_value":{"_element_id":"4:x:0","_labels":["Document"],"_properties":{"key":{"$type":"String","_value":"ISO 1"}}}},
              {"$type":"Date","_value":"2024-05-01"}
            ]]}}
            """;
        var fake = Version5().On(HttpMethod.Post, Query, _ => Json(202, Typed, "application/vnd.neo4j.query"));
        await using var store = Store(fake);

        var row = (await store.Client.RunAsync(new CypherStatement("RETURN 1"), Ct)).Rows.Single();

        row[0].ShouldBe(9007199254740993L);
        row[1].ShouldBe(4.56);
        row[2].ShouldBe("Phil");
        row[3].ShouldBe(true);
        row[4].ShouldBeNull();
        row[5].ShouldBe(new List<object?> { 1L, "two" });
        double.IsNaN((double)((Dictionary<string, object?>)row[6]!)["k"]!).ShouldBeTrue();
        ((Dictionary<string, object?>)row[7]!)["key"].ShouldBe("ISO 1");
        row[8].ShouldBe("2024-05-01");
    }

    [Theory]
    [InlineData(202)]
    [InlineData(400)]
    public async Task ErrorsArray_FailsWhateverTheStatus_WithTheServersCodeAndMessage(int status)
    {
        var fake = Version5().On(HttpMethod.Post, Query, _ => Error(status, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        await using var store = Store(fake);

        var error = await Should.ThrowAsync<Neo4jClientException>(() => store.GetCommitteeAsync("ISO/TC 307", Ct));

        error.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        error.ServerMessage.ShouldBe("Invalid input 'RETRUN'");
        fake.To(Query).Count().ShouldBe(1, "a client error is not retried");
    }

    [Fact]
    public async Task Upsert_RunsInOneExplicitTransaction_ReplayingClusterAffinity()
    {
        var fake = Version5()
            .On(HttpMethod.Post, Query + "/tx", _ => WithAffinity(Json(202, """{"transaction":{"id":"lyU","expires":"2026-11-01T02:00:30Z"}}""")))
            .On(HttpMethod.Post, Query + "/tx/lyU", r => r.Statement == CypherStatements.LockSequence ? QueryResult("""["value"]""", "[[41]]") : QueryResult("[]", "[]"))
            .On(HttpMethod.Post, Query + "/tx/lyU/commit", _ => Json(202, "{}"));
        await using var store = Store(fake);

        var report = await store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 22739", "Vocabulary")] }, new ChangeContext("run-1", "test", DateTimeOffset.UnixEpoch), Ct);

        report.ShouldBe(new UpsertReport(1, 0, 0));
        var inTx = fake.Requests.Where(r => r.Path.StartsWith(Query + "/tx/", StringComparison.Ordinal)).ToList();
        inTx.ShouldAllBe(r => r.Header("neo4j-cluster-affinity") == "MTAuOC41Ljc6MTc0NzQ=");
        inTx[^1].Path.ShouldBe(Query + "/tx/lyU/commit");
        var change = fake.To(Query + "/tx/lyU").Single(r => r.Statement == CypherStatements.CreateChanges);
        JsonDocument.Parse(change.Body!).RootElement.GetProperty("parameters").GetProperty("rows")[0].GetProperty("seq").GetInt64().ShouldBe(42);
    }

    [Fact]
    public async Task Bookmarks_OfACommittedWrite_AreSentWithTheNextRead()
    {
        // Arrange: the commit answers with the write's bookmark.
        var fake = Version5()
            .On(HttpMethod.Post, Query + "/tx", _ => WithAffinity(Json(202, """{"transaction":{"id":"lyU","expires":"2026-11-01T02:00:30Z"}}""")))
            .On(HttpMethod.Post, Query + "/tx/lyU", r => r.Statement == CypherStatements.LockSequence ? QueryResult("""["value"]""", "[[0]]") : QueryResult("[]", "[]"))
            .On(HttpMethod.Post, Query + "/tx/lyU/commit", _ => Json(202, """{"bookmarks":["FB:write-1"]}"""))
            .On(HttpMethod.Post, Query, _ => Json(202, """{"data":{"fields":["json"],"values":[]},"bookmarks":["FB:read-2"]}"""));
        await using var store = Store(fake);

        // Act
        await store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 22739", "Vocabulary")] }, new ChangeContext("run-1", "test", DateTimeOffset.UnixEpoch), Ct);
        await store.GetDocumentAsync("ISO 22739", Ct);
        await store.GetDocumentAsync("ISO 22739", Ct);

        // Assert: nothing to send before the first write; then the newest bookmarks, each time.
        (fake.To(Query + "/tx").Single().Body ?? string.Empty).ShouldNotContain("bookmarks");
        var reads = fake.To(Query).Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("bookmarks")[0].GetString()).ToList();
        reads.ShouldBe(["FB:write-1", "FB:read-2"]);
    }

    [Fact]
    public async Task Upsert_FailingInsideTheTransaction_DoesNotCommit()
    {
        var fake = Version5()
            .On(HttpMethod.Post, Query + "/tx", _ => WithAffinity(Json(202, """{"transaction":{"id":"t1"}}""")))
            .On(HttpMethod.Post, Query + "/tx/t1", r => r.Statement switch
            {
                var s when s == CypherStatements.LockSequence => QueryResult("""["value"]""", "[[0]]"),
                var s when s == CypherStatements.MergeDocuments => Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed", "already exists with label"),
                _ => QueryResult("[]", "[]"),
            });
        await using var store = Store(fake);

        await Should.ThrowAsync<Neo4jClientException>(() => store.UpsertAsync(new GraphBatch { Documents = [Iso("ISO 1", "a")] }, new ChangeContext(null, "test", DateTimeOffset.UnixEpoch), Ct));

        fake.Requests.ShouldNotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    private static HttpResponseMessage WithAffinity(HttpResponseMessage response)
    {
        response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ=");
        return response;
    }
}
