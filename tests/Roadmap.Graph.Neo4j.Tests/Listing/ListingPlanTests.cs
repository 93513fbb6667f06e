using System.Net.Http.Json;
using System.Text.Json;
using Roadmap.Core.Graph;
using Roadmap.Graph.Neo4j.Cypher;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Neo4j.Listing;
using Roadmap.TestKit;

namespace Roadmap.Graph.Neo4j.Tests.Listing;

/// <summary>
/// The listing's and stats' statements, profiled on the real engine (PROFILE through the transactional endpoint, which
/// returns the plan with each operator's rows and DB hits): a page reads in proportion to the page, not to the corpus.
/// </summary>
[Collection(Neo4jServer.Collection)]
[Trait("Tier", "Slow")] // writes a few thousand documents to a real Neo4j
public sealed class ListingPlanTests
{
    private const int Documents = 3000;
    private const int PageRows = 21;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_Unfiltered_ReadsAWindowNotTheCorpus()
    {
        // Arrange
        await using var store = await SeededAsync();
        var fences = await FencesAsync(store, DocumentSort.Title);
        var window = ListingWindow.For(fences, cursor: null, descending: false, PageRows, growth: 0);

        // Act
        var plan = await ProfileAsync(
            CypherStatements.Listing(new ListingShape(ListingKind.Page, ListingFilters.None, DocumentSort.Title, Descending: false, Windowed: true)),
            new() { ["from"] = window.From, ["to"] = window.To, ["limit"] = PageRows });

        // Assert: a range seek on the sort index, about two fences' worth of rows, and the JSON read for the page only.
        fences.Count.ShouldBeGreaterThanOrEqualTo(Documents / ListingWindow.FenceSpacing);
        plan.Operators.ShouldContain(o => o.StartsWith("NodeIndexSeekByRange", StringComparison.Ordinal));
        plan.Operators.ShouldNotContain(o => o.Contains("LabelScan", StringComparison.Ordinal) || o.Contains("AllNodesScan", StringComparison.Ordinal));
        plan.DbHits.ShouldBeLessThan(8 * 3 * ListingWindow.FenceSpacing, plan.ToString());
        plan.DbHits.ShouldBeLessThan(Documents, plan.ToString());
    }

    [Fact]
    public async Task Page_AfterACursor_ReadsAWindowFromTheCursor()
    {
        await using var store = await SeededAsync();
        var middle = await store.ListDocumentsAsync(new DocumentQuery { First = Documents / 2 }, Ct);
        var (sort, key) = Cursor.Decode(middle.EndCursor!);
        var window = ListingWindow.For(await FencesAsync(store, DocumentSort.Key), sort, descending: false, PageRows, growth: 0);

        var plan = await ProfileAsync(
            CypherStatements.Listing(new ListingShape(ListingKind.PageAfter, ListingFilters.None, DocumentSort.Key, Descending: false, Windowed: true)),
            new() { ["from"] = window.From, ["to"] = window.To, ["afterSort"] = sort, ["afterKey"] = key, ["limit"] = PageRows });

        plan.Operators.ShouldContain(o => o.StartsWith("NodeIndexSeekByRange", StringComparison.Ordinal));
        plan.DbHits.ShouldBeLessThan(8 * 3 * ListingWindow.FenceSpacing, plan.ToString());
    }

    [Fact]
    public async Task Page_ByBody_SeeksTheBodyIndex()
    {
        await using var store = await SeededAsync();

        var plan = await ProfileAsync(
            CypherStatements.Listing(new ListingShape(ListingKind.Page, ListingFilters.Body, DocumentSort.Key, Descending: false, Windowed: false)),
            new() { ["body"] = "itu-t", ["limit"] = PageRows });

        // Assert: only the ITU-T tenth is read, not the ISO documents.
        plan.Operators.ShouldContain(o => o.StartsWith("NodeIndexSeek", StringComparison.Ordinal));
        plan.Operators.ShouldNotContain(o => o.Contains("LabelScan", StringComparison.Ordinal));
        plan.DbHits.ShouldBeLessThan(Documents, plan.ToString());
    }

    [Fact]
    public async Task Stats_ReadNoDocument()
    {
        await using var store = await SeededAsync();

        var documents = await ProfileAsync(CypherStatements.CountDocuments, []);
        var relations = await ProfileAsync(CypherStatements.CountRelations, []);
        var sequence = await ProfileAsync(CypherStatements.SequenceState, new() { ["name"] = CypherStatements.ChangeSequence });
        var counters = await ProfileAsync(CypherStatements.ReadCounters, []);
        var stats = await store.GetStatsAsync(Ct);

        // Assert: counts from the count store, the groups from a few counter nodes; and they are right.
        documents.Operators.ShouldContain(o => o.StartsWith("NodeCountFromCountStore", StringComparison.Ordinal));
        relations.Operators.ShouldContain(o => o.StartsWith("RelationshipCountFromCountStore", StringComparison.Ordinal));
        (documents.DbHits + relations.DbHits + sequence.DbHits + counters.DbHits).ShouldBeLessThan(Documents / 10, $"{documents}\n{relations}\n{sequence}\n{counters}");
        stats.Documents.ShouldBe(Documents);
        stats.ByBody.ShouldBe(new Dictionary<string, int> { ["ISO"] = Documents - (Documents / 10), ["ITU-T"] = Documents / 10 });
        stats.ByCommittee.Count.ShouldBe(25); // the top 25 of 57
        stats.ByCommittee.First().ShouldBe(new KeyValuePair<string, int>("ISO/TC 1", 60)); // i % 50 == 1: never an ITU-T tenth
        stats.Editions.ShouldBe(Documents);
    }

    private static async Task<Neo4jGraphStore> SeededAsync()
    {
        var store = new Neo4jGraphStore(Neo4jServer.Require(batchSize: 1000));
        await store.InitializeAsync(Ct);
        await Neo4jServer.WipeAsync(store, Ct);
        var documents = Enumerable.Range(0, Documents)
            .Select(i => i % 10 == 0
                ? Builders.Itu($"ITU-T X.{1000 + i}", $"Ledger recommendation {i:D5}", committee: $"ITU-T SG{i % 7}")
                : Builders.Iso($"ISO {10000 + i}", $"Title {(i * 7919) % Documents:D5}", committee: $"ISO/TC {i % 50}"))
            .ToList();
        foreach (var batch in documents.Chunk(1000))
        {
            await store.UpsertAsync(new GraphBatch { Documents = batch }, new ChangeContext("seed", "test", new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero)), Ct);
        }

        // The first listing samples the fences.
        await store.ListDocumentsAsync(new DocumentQuery { First = 1, Sort = DocumentSort.Title }, Ct);
        await store.ListDocumentsAsync(new DocumentQuery { First = 1 }, Ct);
        return store;
    }

    private static async Task<IReadOnlyList<string>> FencesAsync(Neo4jGraphStore store, DocumentSort sort)
    {
        var head = await store.Client.RunAsync(
            new CypherStatement(CypherStatements.ListingHead, new Dictionary<string, object?> { ["name"] = CypherStatements.ChangeSequence, ["sort"] = CypherStatements.SortProperty(sort) }),
            Ct);
        return ((IEnumerable<object?>)head.Records.Single()["fences"]!).Cast<string>().ToList();
    }

    private static async Task<Plan> ProfileAsync(string statement, Dictionary<string, object?> parameters)
    {
        // Test-only: the store has no use for plans, so the test asks the transactional endpoint of 3.x itself.
        using var http = new HttpClient();
        var body = new { statements = new[] { new { statement = "PROFILE " + statement, parameters } } };
        using var response = await http.PostAsJsonAsync(new Uri(new Uri(Neo4jServer.Url!), "/db/data/transaction/commit"), body, Ct);
        Assert.SkipWhen(!response.IsSuccessStatusCode, $"no 3.x transactional endpoint to profile on ({(int)response.StatusCode})");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        json.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(0, json.RootElement.GetProperty("errors").ToString());
        var operators = new List<string>();
        var hits = 0L;
        void Walk(JsonElement node)
        {
            operators.Add(node.GetProperty("operatorType").GetString()!);
            hits += node.TryGetProperty("DbHits", out var h) ? h.GetInt64() : 0;
            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                Walk(child);
            }
        }

        Walk(json.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"));
        return new Plan(operators, hits);
    }

    private sealed record Plan(IReadOnlyList<string> Operators, long DbHits)
    {
        public override string ToString() => $"{DbHits} DB hits: {string.Join(" <- ", Operators)}";
    }
}
