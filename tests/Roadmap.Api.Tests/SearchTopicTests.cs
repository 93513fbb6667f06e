using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests;

/// <summary>The service files documents under their topics in the search index, and an editor's pin reaches it without a restart.</summary>
public sealed class SearchTopicTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    private const string Query = "query($t: String!) { search(filter: { topic: $t }, first: 100, facets: true) { total hits { key } facets { dimension values { value count } } } }";

    [Fact]
    public async Task Topic_filter_and_facet_follow_the_analysis_and_an_editors_pin()
    {
        // Arrange: a topic of X.1401 after the analysis, and a leaf topic it is not under.
        var topics = (await Gql.PostAsync(server.Client, "{ document(key: \"ITU-T X.1401\") { topics { topic { id } } } }")).Data()["document"]!["topics"]!.AsArray()
            .Select(t => t!["topic"]!["id"]!.GetValue<string>()).ToList();
        var other = (await Gql.PostAsync(server.Client, "{ topics { id children { id } } }")).Data()["topics"]!.AsArray()
            .Where(t => t!["children"]!.AsArray().Count == 0).Select(t => t!["id"]!.GetValue<string>())
            .First(id => !topics.Contains(id));

        // Act and assert: the analysed topic filters to X.1401, and its facet counts the hit set.
        var analysed = await EventuallyAsync(topics[0], keys => keys.Contains("ITU-T X.1401"));
        var facet = analysed["facets"]!.AsArray().Single(f => f!["dimension"]!.GetValue<string>() == "TOPIC")!["values"]!.AsArray();
        facet.Single(v => v!["value"]!.GetValue<string>() == topics[0])!["count"]!.GetValue<int>().ShouldBe(analysed["total"]!.GetValue<int>());

        (await Keys(other)).ShouldNotContain("ITU-T X.1401");
        (await Gql.PostAsync(server.Client, "mutation($t: ID!) { pinTopic(documentKey: \"ITU-T X.1401\", topicId: $t) { pinned } }", new { t = other }, server.EditorKey)).Data();
        await EventuallyAsync(other, keys => keys.Contains("ITU-T X.1401"));
    }

    [Fact]
    public async Task Topic_filter_takes_in_subtopics_names_topic_facets_and_refuses_an_unknown_topic()
    {
        // Act: the root topic (documents are filed under leaves), and a topic that does not exist.
        var root = await EventuallyAsync("dlt", keys => keys.Contains("ITU-T X.1401"));
        var unknown = await Gql.PostAsync(server.Client, "{ search(filter: { topic: \"astrology\" }) { total } }");

        // Assert
        var values = root["facets"]!.AsArray().Single(f => f!["dimension"]!.GetValue<string>() == "TOPIC")!["values"]!.AsArray();
        var labelled = (await Gql.PostAsync(server.Client, "{ search(filter: { topic: \"dlt\" }, facets: true) { facets { dimension values { value label } } } }")).Data()["search"]!["facets"]!.AsArray()
            .Single(f => f!["dimension"]!.GetValue<string>() == "TOPIC")!["values"]!.AsArray();
        values.Count.ShouldBeGreaterThan(1);
        labelled.ShouldAllBe(v => !string.IsNullOrEmpty(v!["label"]!.GetValue<string>()));
        unknown.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
    }

    private async Task<List<string>> Keys(string topic) => Hits(await Search(topic));

    private async Task<JsonNode> Search(string topic) => (await Gql.PostAsync(server.Client, Query, new { t = topic })).Data()["search"]!;

    private static List<string> Hits(JsonNode result) => result["hits"]!.AsArray().Select(h => h!["key"]!.GetValue<string>()).ToList();

    /// <summary>The index syncs in the background; wait (bounded) for it rather than assume its timing.</summary>
    private async Task<JsonNode> EventuallyAsync(string topic, Func<List<string>, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var result = await Search(topic);
            if (done(Hits(result)))
            {
                return result;
            }

            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"the index never showed the expected documents under {topic}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
