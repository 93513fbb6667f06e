using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Analysis;
using Roadmap.Core.Graph;
using Roadmap.TestKit;

namespace Roadmap.Api.Tests;

/// <summary>Overlaps, the committee matrix, liaisons and "as of" landscapes on a dataset with a cross-body overlap and a history.</summary>
public sealed class AnalysisLandscapeTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new(anonymousRead: true);
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        await Seed.WriteAsync(_factory, Seed.Small(), new GraphBatch
        {
            Documents =
            [
                Builders.Iso("ISO/TS 23258", "Blockchain and distributed ledger technologies — Taxonomy and ontology of smart contracts", published: "2021-08", year: "2021"),
                Builders.Itu("ITU-T X.1403", "Security guidelines for using distributed ledger technology for decentralized identity management", published: "2020-09-11"),
                Builders.Itu("ITU-T X.1404", "Security assurance for distributed ledger technology", published: "2020-09-11"),
                Builders.Itu("ITU-T F.751.2", "Reference framework for distributed ledger technology systems smart contracts taxonomy and ontology", published: "2020-09-11", committee: "ITU-T SG16"),
            ],
        });
        await _factory.Services.GetRequiredService<AnalysisService>().RunAsync(full: true, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Overlaps_FilteredAndPaged_OnBothDocumentsAndInTheMatrix()
    {
        // Act
        var all = (await Gql.PostAsync(_client, "{ overlaps(first: 100, filter: { includeKnown: true }) { totalCount nodes { firstKey secondKey first { key } second { key } firstBody secondBody firstCommittee secondCommittee score textSimilarity topicSimilarity sharedTerms sharedTopics knownRelation } } }")).Data()["overlaps"]!;
        var itu = (await Gql.PostAsync(_client, "{ overlaps(first: 100, filter: { body: \"itu-t\", minScore: 0.1 }) { nodes { firstBody secondBody score } } }")).Data()["overlaps"]!["nodes"]!.AsArray();
        var page = (await Gql.PostAsync(_client, "{ overlaps(first: 1) { edges { cursor } pageInfo { hasNextPage endCursor } } }")).Data()["overlaps"]!;
        var matrix = (await Gql.PostAsync(_client, "{ overlapMatrix { firstCommittee secondCommittee strength overlaps } }")).Data()["overlapMatrix"]!.AsArray();

        // Assert
        var nodes = all["nodes"]!.AsArray();
        nodes.ShouldNotBeEmpty("the smart-contract taxonomy pair of ISO and ITU-T overlaps");
        nodes.ShouldAllBe(n => n!["first"]!["key"]!.GetValue<string>() == n["firstKey"]!.GetValue<string>() && n["second"]!["key"]!.GetValue<string>() == n["secondKey"]!.GetValue<string>());
        nodes.Select(n => n!["score"]!.GetValue<double>()).ShouldBeInOrder(SortDirection.Descending);
        itu.ShouldAllBe(n => (n!["firstBody"]!.GetValue<string>() == "ITU-T" || n["secondBody"]!.GetValue<string>() == "ITU-T") && n["score"]!.GetValue<double>() >= 0.1);
        page["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBe(nodes.Count(n => n!["knownRelation"] == null) > 1);
        var unknown = nodes.Where(n => n!["knownRelation"] == null && n["firstCommittee"] != null && n["secondCommittee"] != null && n["firstCommittee"]!.GetValue<string>() != n["secondCommittee"]!.GetValue<string>()).ToList();
        matrix.Sum(p => p!["overlaps"]!.GetValue<int>()).ShouldBe(unknown.Count);
        matrix.Select(p => p!["strength"]!.GetValue<double>()).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task DocumentOverlaps_ListTheDocumentsPairs()
    {
        // Arrange
        var first = (await Gql.PostAsync(_client, "{ overlaps(first: 1) { nodes { firstKey secondKey } } }")).Data()["overlaps"]!["nodes"]![0]!;
        var key = first["firstKey"]!.GetValue<string>();

        // Act
        var overlaps = (await Gql.PostAsync(_client, "query($k: ID!) { document(key: $k) { overlaps(first: 5) { firstKey secondKey score } } }", new { k = key })).Data()["document"]!["overlaps"]!.AsArray();

        // Assert
        overlaps.ShouldContain(o => o!["secondKey"]!.GetValue<string>() == first["secondKey"]!.GetValue<string>());
        overlaps.ShouldAllBe(o => o!["firstKey"]!.GetValue<string>() == key || o["secondKey"]!.GetValue<string>() == key);
    }

    [Fact]
    public async Task Liaisons_Ranked_StrongestFirst()
    {
        // Act
        var liaisons = (await Gql.PostAsync(_client, "{ liaisons(first: 10) { firstCommittee secondCommittee strength overlaps sharedTopics topPairs } }")).Data()["liaisons"]!.AsArray();

        // Assert
        liaisons.ShouldNotBeEmpty();
        liaisons.Select(l => l!["strength"]!.GetValue<double>()).ShouldBeInOrder(SortDirection.Descending);
        liaisons.ShouldAllBe(l => l!["topPairs"]!.AsArray().Count > 0 && l["overlaps"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task AsOf_BeforeTheLedgerStandards_DiffersFromNow_AndLeavesLiveGapsAlone()
    {
        // Arrange
        var liveBefore = (await Gql.PostAsync(_client, "{ gaps(first: 100) { totalCount nodes { id version kind } } }")).Data()["gaps"]!;

        // Act
        var data = (await Gql.PostAsync(_client, """
            { now: coverage { asOf cells { topicId value published } }
              then: coverage(asOf: "2019-12-31") { asOf cells { topicId value published documents { key } } }
              gapsThen: gaps(first: 100, asOf: "2019-12-31") { totalCount nodes { id version status kind } }
              gapsNow: gaps(first: 100) { totalCount nodes { id version kind } }
              liaisonsThen: liaisons(asOf: "2019-12-31") { strength } }
            """)).Data();
        var again = (await Gql.PostAsync(_client, "{ then: coverage(asOf: \"2019-12-31\") { cells { published } } }")).Data();
        var runs = (await Gql.PostAsync(_client, "{ analysisRuns { asOf } }")).Data()["analysisRuns"]!.AsArray();

        // Assert
        data["then"]!["asOf"]!.GetValue<string>().ShouldBe("2019-12-31");
        var publishedNow = data["now"]!["cells"]!.AsArray().Sum(c => c!["published"]!.GetValue<int>());
        var publishedThen = data["then"]!["cells"]!.AsArray().Sum(c => c!["published"]!.GetValue<int>());
        publishedThen.ShouldBeLessThan(publishedNow, "ISO 22739 (2024) and the 2020-2022 documents were not yet published at the end of 2019");
        data["then"]!["cells"]!.AsArray().SelectMany(c => c!["documents"]!.AsArray()).ShouldNotContain(d => d!["key"]!.GetValue<string>() == "ISO 22739");
        data["gapsThen"]!["nodes"]!.AsArray().ShouldAllBe(g => g!["version"]!.GetValue<int>() == 0);
        static int Uncovered(JsonNode gaps) => gaps["nodes"]!.AsArray().Count(g => g!["kind"]!.GetValue<string>() == "NO_COVERAGE");
        Uncovered(data["gapsThen"]!).ShouldBeGreaterThan(Uncovered(liveBefore), "topics covered since 2019 had no coverage then");
        data["gapsNow"]!.ToJsonString().ShouldBe(liveBefore.ToJsonString(), "an as-of run leaves the live gaps alone");
        again["then"]!["cells"]!.AsArray().Sum(c => c!["published"]!.GetValue<int>()).ShouldBe(publishedThen);
        runs.ShouldNotContain(r => r!["asOf"] != null, "as-of answers are cached in memory, never stored as runs");
    }
}
