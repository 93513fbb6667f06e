using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.State;

namespace Roadmap.Graph.Neo4j.Tests.State;

/// <summary>What the watch store does on Neo4j beyond the shared suite: the due query reads the pending deliveries only, and an append is one transaction.</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jWatchStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClaimDeliveriesAsync_ManySettled_SeeksOnlyThePending()
    {
        // Arrange: 120 webhook deliveries, of which 110 are delivered and 10 still pending.
        await using var graph = new Neo4jGraphStore(Neo4jServer.Require());
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);
        var store = new Neo4jWatchStore(graph);
        await store.AppendEventsAsync("watches", [.. Enumerable.Range(1, 120).Select(NewEvent)], 120, Ct);
        var items = await store.ClaimDeliveriesAsync(DeliveryChannel.Webhook, "a", T0, T0.AddMinutes(1), 110, Ct);
        foreach (var item in items)
        {
            await store.RecordAttemptAsync(Delivered(item), Ct);
        }

        // Act
        var plan = await ProfileAsync(
            CypherStatements.ClaimWatchDeliveries,
            new() { ["channel"] = "Webhook", ["instance"] = "b", ["now"] = StoredTime.Format(T0), ["leaseUntil"] = StoredTime.Format(T0.AddMinutes(1)), ["limit"] = 100 });
        var pending = await store.ListDeliveriesAsync("w_1", 200, Ct);

        // Assert: an index seek on the pending queue finds the 10 pending deliveries, never the 110 settled ones.
        plan.Operators.ShouldNotContain(o => o.Contains("LabelScan", StringComparison.Ordinal) || o.Contains("AllNodesScan", StringComparison.Ordinal), plan.ToString());
        plan.SeekRows.ShouldBe([10], plan.ToString());
        plan.Rows.ShouldBe(10);
        pending.Count(d => d.State == DeliveryState.Delivered).ShouldBe(110);
    }

    [Fact]
    public async Task AppendEventsAsync_DeliveriesFail_StoresNothingAndKeepsTheCursor()
    {
        // Arrange: a stray node holds the first delivery id, so creating the deliveries breaks its unique constraint
        // after the events were written in the same transaction.
        await using var graph = new Neo4jGraphStore(Neo4jServer.Require(batchSize: 2));
        await graph.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(graph, Ct);
        var store = new Neo4jWatchStore(graph);
        await graph.Client.RunAsync(new Http.CypherStatement("CREATE (:WatchDelivery {id: 1})"), Ct);

        // Act
        var append = () => store.AppendEventsAsync("watches", [.. Enumerable.Range(1, 5).Select(NewEvent)], 5, Ct);

        // Assert: all or nothing — no event, no cursor move; and a retry after the fault stores them all.
        await Should.ThrowAsync<Exception>(append);
        (await store.ListEventsAsync(new WatchEventQuery(), Ct)).ShouldBeEmpty();
        (await store.GetCursorAsync("watches", Ct)).ShouldBe(0);
        await graph.Client.RunAsync(new Http.CypherStatement("MATCH (d:WatchDelivery {id: 1}) WHERE d.eventId IS NULL DELETE d"), Ct);
        (await append()).ShouldBe(5);
        (await store.ListDeliveriesAsync(null, 10, Ct)).Count.ShouldBe(5);
    }

    private static NewWatchEvent NewEvent(int seq) => new(
        new WatchEvent
        {
            WatchId = "w_1",
            Kind = WatchEventKind.StageChange,
            IdempotencyKey = $"w_1:change:{seq}:StageChange",
            Title = $"ISO {seq}: 40.99 → 50.00",
            ChangeSeq = seq,
            Actor = "crawl:iso",
            OccurredAt = T0,
            RecordedAt = T0,
        },
        [new PendingDelivery(DeliveryChannel.Webhook, T0)]);

    private static DeliveryAttempt Delivered(DeliveryItem item) => new()
    {
        DeliveryId = item.Id,
        WatchId = "w_1",
        EventId = item.Event.Id,
        Channel = DeliveryChannel.Webhook,
        At = T0,
        Succeeded = true,
        Detail = "HTTP 204",
        Outcome = DeliveryState.Delivered,
        Instance = "a",
    };

    private static async Task<Plan> ProfileAsync(string statement, Dictionary<string, object?> parameters)
    {
        // Test-only: the store has no use for plans, so the test asks the transactional endpoint of 3.x itself.
        using var http = new HttpClient();
        var body = new { statements = new[] { new { statement = "PROFILE " + statement, parameters } } };
        using var response = await http.PostAsJsonAsync(new Uri(new Uri(Neo4jServer.Url!), "/db/data/transaction/commit"), body, Ct);
        Assert.SkipWhen(!response.IsSuccessStatusCode, $"no 3.x transactional endpoint to profile on ({(int)response.StatusCode})");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(0, json.RootElement.GetProperty("errors").ToString());
        var result = json.RootElement.GetProperty("results")[0];
        var operators = new List<string>();
        var seekRows = new List<long>();
        void Walk(JsonElement node)
        {
            var name = node.GetProperty("operatorType").GetString()!;
            operators.Add(name);
            if (name.StartsWith("NodeIndexSeek", StringComparison.Ordinal) && node.TryGetProperty("Rows", out var rows))
            {
                seekRows.Add(rows.GetInt64());
            }
            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                Walk(child);
            }
        }

        Walk(result.GetProperty("plan").GetProperty("root"));
        return new Plan(operators, seekRows, result.GetProperty("data").GetArrayLength());
    }

    /// <summary>The plan's operators, the rows each node index seek found, and the rows the statement returned.</summary>
    private sealed record Plan(IReadOnlyList<string> Operators, IReadOnlyList<long> SeekRows, int Rows)
    {
        public override string ToString() => $"{Rows} rows, seeks found {string.Join("/", SeekRows)}: {string.Join(" <- ", Operators)}";
    }
}
