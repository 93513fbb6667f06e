namespace Roadmap.Api.Tests;

/// <summary>The analysis' read side: topics, coverage, gaps, a document's topics, runs.</summary>
public sealed class AnalysisQueryTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    [Fact]
    public async Task Topics_RootsOnly_WalkDownWithChildrenAndPath()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, """
            { roots: topics(rootsOnly: true) { id parent { id } children { id path { id } parent { id } } }
              all: topics { id weight owners { committee mandate } } }
            """)).Data();

        // Assert
        var roots = data["roots"]!.AsArray();
        var all = data["all"]!.AsArray();
        roots.ShouldNotBeEmpty();
        all.Count.ShouldBeGreaterThan(roots.Count);
        roots.ShouldAllBe(r => r!["parent"] == null);
        var child = roots.SelectMany(r => r!["children"]!.AsArray()).First()!;
        child["path"]!.AsArray().Count.ShouldBe(2);
        child["path"]![1]!["id"]!.GetValue<string>().ShouldBe(child["id"]!.GetValue<string>());
        all.ShouldContain(t => t!["owners"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task Topic_ById_OrNullWhenUnknown()
    {
        // Arrange
        var id = (await Gql.PostAsync(server.Client, "{ topics(rootsOnly: true) { id } }")).Data()["topics"]![0]!["id"]!.GetValue<string>();

        // Act
        var data = (await Gql.PostAsync(server.Client, "query($id: ID!) { known: topic(id: $id) { id name } unknown: topic(id: \"no.such.topic\") { id } }", new { id })).Data();

        // Assert
        data["known"]!["id"]!.GetValue<string>().ShouldBe(id);
        data["unknown"].ShouldBeNull();
    }

    [Fact]
    public async Task DocumentTopics_ClassifiedDocument_HasTopicsWithEvidence()
    {
        // Act
        var topics = (await Gql.PostAsync(server.Client, """
            { document(key: "ITU-T X.1401") { topics { topic { id name } score pinned rejected evidence { kind ruleId detail terms weight } } } }
            """)).Data()["document"]!["topics"]!.AsArray();

        // Assert
        topics.ShouldNotBeEmpty();
        topics.ShouldAllBe(t => t!["score"]!.GetValue<double>() > 0 && !t["pinned"]!.GetValue<bool>() && !t["rejected"]!.GetValue<bool>());
        topics.ShouldContain(t => t!["evidence"]!.AsArray().Any(e => e!["terms"]!.AsArray().Count > 0));
    }

    [Fact]
    public async Task Coverage_ByBodyAndCommittee_CountsCellsAndListsTheirDocuments()
    {
        // Act
        var data = (await Gql.PostAsync(server.Client, """
            { body: coverage { asOf dimension columns topics { id } cells { topicId topic { id } value published inDevelopment withdrawn newest documents(first: 5) { key body } } }
              committee: coverage(dimension: COMMITTEE) { dimension columns cells { value documents { key committeeKey } } } }
            """)).Data();

        // Assert
        var body = data["body"]!;
        body["asOf"].ShouldBeNull();
        body["dimension"]!.GetValue<string>().ShouldBe("BODY");
        body["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBeSubsetOf(["ISO", "ITU-T"]);
        var cells = body["cells"]!.AsArray();
        cells.ShouldNotBeEmpty();
        foreach (var cell in cells)
        {
            var documents = cell!["documents"]!.AsArray();
            var count = cell["published"]!.GetValue<int>() + cell["inDevelopment"]!.GetValue<int>() + cell["withdrawn"]!.GetValue<int>();
            documents.Count.ShouldBe(Math.Min(5, count), cell.ToJsonString());
            documents.ShouldAllBe(d => d!["body"]!.GetValue<string>() == cell["value"]!.GetValue<string>());
        }

        data["committee"]!["dimension"]!.GetValue<string>().ShouldBe("COMMITTEE");
        data["committee"]!["cells"]!.AsArray().ShouldAllBe(c => c!["documents"]!.AsArray().All(d => (d!["committeeKey"] == null ? "(none)" : d["committeeKey"]!.GetValue<string>()) == c["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Gaps_FilteredSortedAndPaged_WithBreakdownAndVersion()
    {
        // Act
        var all = (await Gql.PostAsync(server.Client, "{ gaps(first: 100) { totalCount nodes { id priority status version updatedAt topic { id } priorityBreakdown { score formula terms { name value coefficient explanation } } } } }")).Data()["gaps"]!;
        var first = (await Gql.PostAsync(server.Client, "{ gaps(first: 2, orderBy: { field: ID, direction: ASC }) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }")).Data()["gaps"]!;
        var next = (await Gql.PostAsync(server.Client, "query($after: String) { gaps(first: 2, after: $after, orderBy: { field: ID, direction: ASC }) { nodes { id } } }", new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).Data()["gaps"]!;
        var open = (await Gql.PostAsync(server.Client, "{ gaps(first: 100, filter: { status: [OPEN], minPriority: 1 }) { totalCount nodes { status priority } } }")).Data()["gaps"]!;

        // Assert
        var nodes = all["nodes"]!.AsArray();
        all["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(3);
        nodes.Select(n => n!["priority"]!.GetValue<double>()).ShouldBeInOrder(SortDirection.Descending);
        nodes.ShouldAllBe(n => n!["version"]!.GetValue<int>() >= 1 && n["updatedAt"] != null);
        nodes.ShouldAllBe(n => n!["priorityBreakdown"]!["terms"]!.AsArray().Count > 0);
        var ids = nodes.Select(n => n!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        first["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ShouldBe(ids.Take(2));
        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        next["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(ids.Skip(2).Take(2));
        open["nodes"]!.AsArray().ShouldAllBe(n => n!["status"]!.GetValue<string>() == "OPEN" && n["priority"]!.GetValue<double>() >= 1);
    }

    [Fact]
    public async Task Gap_ById_OrNullWhenUnknown()
    {
        // Arrange
        var id = (await Gql.PostAsync(server.Client, "{ gaps(first: 1) { nodes { id } } }")).Data()["gaps"]!["nodes"]![0]!["id"]!.GetValue<string>();

        // Act
        var data = (await Gql.PostAsync(server.Client, "query($id: ID!) { known: gap(id: $id) { id statement kind suggestedOwner history { to actor } } unknown: gap(id: \"gap:none\") { id } }", new { id })).Data();

        // Assert
        data["known"]!["id"]!.GetValue<string>().ShouldBe(id);
        data["known"]!["history"]!.AsArray().ShouldNotBeEmpty();
        data["unknown"].ShouldBeNull();
    }

    [Fact]
    public async Task Gaps_BadCursor_IsBadUserInput()
    {
        // Act
        var result = await Gql.PostAsync(server.Client, "{ gaps(after: \"not-a-cursor\") { totalCount } }");

        // Assert
        result.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task AnalysisRuns_ListsTheLiveRun()
    {
        // Act
        var runs = (await Gql.PostAsync(server.Client, "{ analysisRuns { id startedAt finishedAt asOf mode classified inScope openGaps overlaps } }")).Data()["analysisRuns"]!.AsArray();

        // Assert
        var live = runs.ShouldHaveSingleItem()!;
        live["mode"]!.GetValue<string>().ShouldBe("full");
        live["asOf"].ShouldBeNull();
        live["inScope"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }
}
