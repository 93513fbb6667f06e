namespace Roadmap.Api.Tests;

/// <summary>The documents listing filtered by topic: the topic's subtree, editors' decisions applied, unknown ids refused.</summary>
public sealed class DocumentTopicFilterTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    [Fact]
    public async Task Documents_TopicFilter_OnlyDocumentsUnderTheTopicOrItsSubtopicsCountedAndPaged()
    {
        // Act
        var page = (await Gql.PostAsync(server.Client, "{ documents(filter: { topic: \"security\" }, first: 100) { totalCount nodes { key topics { topic { id } } } } }")).Data()["documents"]!;
        var all = (await Gql.PostAsync(server.Client, "{ documents(first: 1) { totalCount } }")).Data()["documents"]!["totalCount"]!.GetValue<int>();

        // Assert: security's documents are filed under its leaves (security.threats, …), not under "security" itself.
        var nodes = page["nodes"]!.AsArray();
        nodes.ShouldNotBeEmpty();
        page["totalCount"]!.GetValue<int>().ShouldBe(nodes.Count);
        page["totalCount"]!.GetValue<int>().ShouldBeLessThan(all);
        nodes.ShouldAllBe(n => n!["topics"]!.AsArray().Any(t => t!["topic"]!["id"]!.GetValue<string>().StartsWith("security", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Documents_UnknownTopic_BadUserInputNamingIt()
    {
        // Act
        var response = await Gql.PostAsync(server.Client, "{ documents(filter: { topic: \"securty\" }) { totalCount } }");

        // Assert
        response.FirstErrorCode().ShouldBe("BAD_USER_INPUT");
        response.Body["errors"]![0]!["message"]!.GetValue<string>().ShouldStartWith("unknown topic 'securty'");
    }
}
