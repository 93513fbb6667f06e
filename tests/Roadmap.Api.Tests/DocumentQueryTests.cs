using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests;

public sealed class DocumentQueryTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string DocumentFields = """
        key body kind designation title published publishedYear committeeKey scope ics
        lifecycle { stage scheme code inForce ongoing }
        committee { key title parent { key } }
        editions { id label title published committeeKey sourceId lifecycle { stage } provenance { source } }
        relations { type fromKey toKey outgoing source from { key } to { key } }
        neighbours { type outgoing document { key title } }
        history { documentKey kind at runId actor fields { field before after } document { key } }
        """;

    [Fact]
    public async Task Document_ByKey_ReturnsFactsEditionsCommitteeRelationsAndHistory()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, $"{{ document(key: \"ISO 22739\") {{ {DocumentFields} }} }}")).Data();
        var document = data["document"]!;

        // Assert
        document["designation"]!.GetValue<string>().ShouldBe("ISO 22739:2024");
        document["kind"]!.GetValue<string>().ShouldBe("STANDARD");
        document["published"]!.GetValue<string>().ShouldBe("2024-05");
        document["lifecycle"]!["stage"]!.GetValue<string>().ShouldBe("PUBLISHED");
        document["lifecycle"]!["code"]!.GetValue<string>().ShouldBe("60.60");
        document["committee"]!["title"]!.GetValue<string>().ShouldBe("Blockchain and distributed ledger technologies");
        document["editions"]!.AsArray().Count.ShouldBe(1);
        document["relations"]!.AsArray().Select(r => r!["fromKey"]!.GetValue<string>()).ShouldBe(["ISO 23257", "ISO/TR 23455", "ISO/TS 23635"], ignoreOrder: true);
        document["relations"]!.AsArray().ShouldAllBe(r => !r!["outgoing"]!.GetValue<bool>());
        document["neighbours"]!.AsArray().Count.ShouldBe(3);
        document["history"]![0]!["kind"]!.GetValue<string>().ShouldBe("ADDED");
        document["history"]![0]!["runId"]!.GetValue<string>().ShouldBe("seed-run");
    }

    [Fact]
    public async Task Document_RelationToMissingDocument_KeepsRelationButNotNeighbour()
    {
        // Act
        var document = (await Gql.PostAsync(server.Client, "{ document(key: \"ISO 23257\") { relations(types: [NORMATIVE_REFERENCE]) { toKey to { key } } neighbours { document { key } } } }")).Data()["document"]!;

        // Assert
        document["relations"]!.AsArray().Count.ShouldBe(2);
        document["relations"]!.AsArray().Single(r => r!["toKey"]!.GetValue<string>() == "ISO 99999")!["to"].ShouldBeNull();
        document["neighbours"]!.AsArray().Select(n => n!["document"]!["key"]!.GetValue<string>()).ShouldBe(["ISO 22739"]);
    }

    [Theory]
    [InlineData("iso 22739:2024", "ISO 22739")]
    [InlineData("ISO 23455", "ISO/TR 23455")]
    [InlineData("ITU-T X.1401", "ITU-T X.1401")]
    public async Task Document_ByDesignation_FindsItAsPeopleWriteIt(string designation, string key)
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, "query($d: String) { document(designation: $d) { key } }", new { d = designation })).Data();

        // Assert
        data["document"]!["key"]!.GetValue<string>().ShouldBe(key);
    }

    [Fact]
    public async Task Document_Unknown_ReturnsNull()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, "{ document(key: \"ISO 1\") { key } lookup(designation: \"ISO 1\") { document { key } message } }")).Data();

        // Assert
        data["document"].ShouldBeNull();
        data["lookup"]!["message"]!.GetValue<string>().ShouldContain("no document");
    }

    [Fact]
    public async Task Lookup_FormSearchReadsOrANearMiss_FindsTheDocumentOrOffersNearMisses()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, """
            { found: lookup(designation: "TR 23455") { document { key } }
              byDesignation: document(designation: "TR 23455") { key }
              miss: lookup(designation: "ISO 22793") { document { key } nearMisses { key } message } }
            """)).Data();

        // Assert
        data["found"]!["document"]!["key"]!.GetValue<string>().ShouldBe("ISO/TR 23455");
        data["byDesignation"]!["key"]!.GetValue<string>().ShouldBe("ISO/TR 23455");
        data["miss"]!["document"].ShouldBeNull();
        data["miss"]!["nearMisses"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()).ShouldContain("ISO 22739");
        data["miss"]!["message"]!.GetValue<string>().ShouldContain("did you mean");
    }

    [Fact]
    public async Task Document_BothKeyAndDesignation_IsBadUserInput()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ document(key: \"ISO 22739\", designation: \"ISO 22739\") { key } }");

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Documents_FilteredByBodyAndLifecycle_PagesWithCursors()
    {
        // Arrange
        const string query = """
            query($after: String) {
              documents(filter: { body: "iso", lifecycle: [PUBLISHED] }, orderBy: { field: PUBLISHED, descending: true }, first: 2, after: $after) {
                totalCount pageInfo { hasNextPage endCursor startCursor } edges { cursor node { key published } } nodes { key }
              }
            }
            """;

        // Act
        var first = (await Gql.PostAsync(server.Client, query)).Data()["documents"]!;
        var second = (await Gql.PostAsync(server.Client, query, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).Data()["documents"]!;

        // Assert
        first["totalCount"]!.GetValue<int>().ShouldBe(3);
        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        Keys(first).ShouldBe(["ISO 22739", "ISO/TS 23635"]);
        Keys(second).ShouldBe(["ISO/TR 23455"]);
        second["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeFalse();
    }

    // The connections are graphql-dotnet's Relay types: its items and hasPreviousPage beside the nodes clients already read.
    [Fact]
    public async Task Documents_SecondPage_HasPreviousPageAndItemsLikeNodes()
    {
        // Arrange
        var first = (await Gql.PostAsync(server.Client, "{ documents(first: 2) { pageInfo { hasPreviousPage endCursor } } }")).Data()["documents"]!;

        // Act
        var next = (await Gql.PostAsync(server.Client, "query($after: String) { documents(first: 2, after: $after) { items { key } nodes { key } pageInfo { hasPreviousPage } } }", new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).Data()["documents"]!;

        // Assert
        first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBeFalse();
        next["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBeTrue();
        next["items"]!.ToJsonString().ShouldBe(next["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Documents_CommitteeTextAndDates_Filter()
    {
        // Act
        var byCommittee = (await Gql.PostAsync(server.Client, "{ documents(filter: { committee: \"ISO/TC 307\" }) { totalCount } }")).Data();
        var byText = (await Gql.PostAsync(server.Client, "{ documents(filter: { text: \"smart contracts\" }) { nodes { key } } }")).Data();
        var byDate = (await Gql.PostAsync(server.Client, "{ documents(filter: { publishedFrom: \"2020-01-01\", publishedTo: \"2023-12-31\" }) { nodes { key } } }")).Data();

        // Assert
        byCommittee["documents"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
        byText["documents"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()).ShouldBe(["ISO/TR 23455"]);
        byDate["documents"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()).ShouldBe(["ISO/TS 23635"]);
    }

    [Fact]
    public async Task Documents_BadCursor_IsBadUserInput()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ documents(after: \"not a cursor\") { totalCount } }");

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Committees_Tree_HasRootsChildrenAndDocuments()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, """
            { committees(rootsOnly: true, body: "ISO") { key children { key parent { key } documents { totalCount nodes { key } } } documents(first: 10) { totalCount } }
              committee(key: "itu-t sg17") { key body title } }
            """)).Data();

        // Assert
        var root = data["committees"]!.AsArray().Single()!;
        root["key"]!.GetValue<string>().ShouldBe("ISO/TC 307");
        root["documents"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
        root["children"]![0]!["key"]!.GetValue<string>().ShouldBe("ISO/TC 307/WG 2");
        root["children"]![0]!["documents"]!["nodes"]![0]!["key"]!.GetValue<string>().ShouldBe("ISO/TS 23635");
        data["committee"]!["body"]!.GetValue<string>().ShouldBe("ITU-T");
    }

    [Fact]
    public async Task Stats_CountsTheGraph()
    {
        // Act
        var stats = (await Gql.PostAsync(server.Client, "{ stats { documents editions committees relations byBody { name count } byLifecycle { name count } byCommittee { name count } lastChangeAt } }")).Data()["stats"]!;

        // Assert
        stats["documents"]!.GetValue<int>().ShouldBe(5);
        stats["committees"]!.GetValue<int>().ShouldBe(3);
        stats["relations"]!.GetValue<int>().ShouldBe(4);
        stats["byBody"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "ISO")!["count"]!.GetValue<int>().ShouldBe(4);
        stats["lastChangeAt"]!.GetValue<string>().ShouldStartWith("2025-03-01");
    }

    [Fact]
    public async Task Changes_SinceATime_ListDiffsWithDocuments()
    {
        // Act
        var changes = (await Gql.PostAsync(server.Client, "{ changes(since: \"2025-01-01T00:00:00Z\", first: 3) { documentKey kind actor document { title } } }")).Data()["changes"]!.AsArray();

        // Assert
        changes.Count.ShouldBe(3);
        changes.ShouldAllBe(c => c!["kind"]!.GetValue<string>() == "ADDED" && c["actor"]!.GetValue<string>() == "test-seed" && c["document"] != null);
    }

    [Fact]
    public async Task Changes_SinceADayMonthOrYear_TheSameAsFromItsFirstInstant_BothGivenIsBadInput()
    {
        // Act
        var full = (await Gql.PostAsync(server.Client, "{ changes(since: \"2025-01-01T00:00:00Z\", first: 100) { documentKey } }")).Data()["changes"]!.AsArray();
        var year = (await Gql.PostAsync(server.Client, "{ changes(sinceDay: \"2025\", first: 100) { documentKey } }")).Data()["changes"]!.AsArray();
        var later = (await Gql.PostAsync(server.Client, "{ changes(sinceDay: \"2099-01\", first: 100) { documentKey } }")).Data()["changes"]!.AsArray();
        var both = await Gql.PostAsync(server.Client, "{ changes(since: \"2025-01-01T00:00:00Z\", sinceDay: \"2025\") { documentKey } }");
        var bad = await Gql.PostAsync(server.Client, "{ changes(sinceDay: \"last year\") { documentKey } }");

        // Assert
        year.Select(c => c!["documentKey"]!.GetValue<string>()).ShouldBe(full.Select(c => c!["documentKey"]!.GetValue<string>()));
        year.ShouldNotBeEmpty();
        later.ShouldBeEmpty();
        both.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
        bad.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task PublishedSince_AYearOrMonth_ListsDocumentsPublishedSinceNewestFirst()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, """
            { year: publishedSince(since: "2022") { totalCount nodes { key published } }
              month: publishedSince(since: "2022-03") { nodes { key } } }
            """)).Data();
        var bad = await Gql.PostAsync(server.Client, "{ publishedSince(since: \"soon\") { totalCount } }");

        // Assert: 22739 (2024-05) and 23635 (2022-02) are since 2022; only 22739 since March; X.1401 (2019) and 23455 (2019) never.
        data["year"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()).ShouldBe(["ISO 22739", "ISO/TS 23635"]);
        data["year"]!["totalCount"]!.GetValue<int>().ShouldBe(2);
        data["month"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()).ShouldBe(["ISO 22739"]);
        bad.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    private static List<string> Keys(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["key"]!.GetValue<string>()).ToList();
}

public sealed class CrawlRunQueryTests
{
    [Fact]
    public async Task CrawlRuns_Saved_AreListedNewestFirst()
    {
        // Arrange
        await using var factory = new ApiFactory(anonymousRead: true);
        using var client = factory.CreateClient();
        var store = factory.Store;
        await store.SaveCrawlRunAsync(new Core.Crawling.CrawlRun { Id = "run-1", Source = "itu-t", StartedAt = Seed.At, FinishedAt = Seed.At.AddMinutes(5), State = Core.Crawling.CrawlRunState.Succeeded, Added = 3 }, CancellationToken.None);
        await store.SaveCrawlRunAsync(new Core.Crawling.CrawlRun { Id = "run-2", Source = "iso", StartedAt = Seed.At.AddDays(1), State = Core.Crawling.CrawlRunState.Degraded, Message = "2 pages failed" }, CancellationToken.None);

        // Act
        var runs = (await Gql.PostAsync(client, "{ crawlRuns(first: 5) { id source startedAt finishedAt state added changed unchanged rejected message } }")).Data()["crawlRuns"]!.AsArray();

        // Assert
        runs.Select(r => r!["id"]!.GetValue<string>()).ShouldBe(["run-2", "run-1"]);
        runs[0]!["state"]!.GetValue<string>().ShouldBe("DEGRADED");
        runs[1]!["added"]!.GetValue<int>().ShouldBe(3);
    }
}
