using System.Text.Json.Nodes;

namespace Roadmap.Api.Tests;

/// <summary>The classification review queue over GraphQL: what it lists, and that an editor's pin takes an item out.</summary>
public sealed class ReviewQueueTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    private const string Query = "{ reviewQueue { unclassified { documentKey topic { id } evidence { kind } } singleSignal { documentKey score topic { id } evidence { kind } } } }";

    [Fact]
    public async Task SingleSignalItem_PinnedByAnEditor_LeavesTheQueue()
    {
        // Arrange
        var before = await QueueAsync();
        var single = before["singleSignal"]!.AsArray();
        var first = single[0]!;
        var (key, topic) = (first["documentKey"]!.GetValue<string>(), first["topic"]!["id"]!.GetValue<string>());

        // Act
        (await Gql.PostAsync(server.Client, "mutation($d: ID!, $t: ID!) { pinTopic(documentKey: $d, topicId: $t) { pinned } }", new { d = key, t = topic }, server.EditorKey)).Data();
        var after = await QueueAsync();

        // Assert: single-signal items rest on one rule match; unclassified ones have no topic; the pinned one is gone.
        single.ShouldAllBe(i => i!["evidence"]!.AsArray().Count == 1 && i["evidence"]![0]!["kind"]!.GetValue<string>() == "RULE");
        before["unclassified"]!.AsArray().ShouldAllBe(i => i!["topic"] == null);
        after["singleSignal"]!.AsArray().ShouldNotContain(i => i!["documentKey"]!.GetValue<string>() == key && i["topic"]!["id"]!.GetValue<string>() == topic);
        after["singleSignal"]!.AsArray().Count.ShouldBe(single.Count - 1);
    }

    private async Task<JsonNode> QueueAsync() => (await Gql.PostAsync(server.Client, Query)).Data()["reviewQueue"]!;
}
