namespace Roadmap.Api.Tests;

/// <summary>A gap's progress since a date through GraphQL: what appeared or closed it, read from the documents' editions.</summary>
public sealed class GapProgressTests(AnalysedServer server) : IClassFixture<AnalysedServer>
{
    [Fact]
    public async Task Progress_SinceBeforeTheField_EveryDocumentOfTheTopicAppearedAndItsMainSubjectsCountAsCoverage()
    {
        // Arrange: a finding on a topic that has documents (one citing a document whose main subject the topic is).
        var gaps = (await Gql.PostAsync(server.Client, "{ gaps(first: 100) { nodes { id evidence { mapping } } } }")).Data()["gaps"]!["nodes"]!.AsArray();
        var id = gaps.First(g => g!["evidence"]!.AsArray().Any(e => e!["mapping"]!.GetValue<string>() == "DIRECT"))!["id"]!.GetValue<string>();

        // Act
        var progress = (await Gql.PostAsync(server.Client, "query($id: ID!) { gap(id: $id) { progress(since: \"1990-01-01\") { documentKey title change then now dated countsAsCoverage } } }", new { id }))
            .Data()["gap"]!["progress"]!.AsArray();

        // Assert: nothing existed in 1990, so every document appeared since (published or work started), none had a "then".
        progress.ShouldNotBeEmpty();
        progress.ShouldAllBe(p => p!["then"] == null && (p["change"]!.GetValue<string>() == "PUBLISHED" || p["change"]!.GetValue<string>() == "WORK_STARTED"));
        progress.ShouldContain(p => p!["countsAsCoverage"]!.GetValue<bool>());
        var dated = progress.Select(p => p!["dated"]?.GetValue<string>()).Where(d => d is not null).ToList();
        dated.ShouldBe(dated.OrderByDescending(d => d, StringComparer.Ordinal).ToList(), "newest first");
    }

    [Fact]
    public async Task Progress_WithoutSince_BadUserInput()
    {
        // Act
        var response = await Gql.PostAsync(server.Client, "{ gaps(first: 1) { nodes { progress { documentKey } } } }");

        // Assert
        response.Body["errors"].ShouldNotBeNull();
    }
}
