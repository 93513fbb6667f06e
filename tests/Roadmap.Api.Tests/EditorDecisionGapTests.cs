using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Analysis;
using Roadmap.Core.Security;

namespace Roadmap.Api.Tests;

/// <summary>An editor's pin reaches the gaps within seconds, through the change pipeline, without an admin running the analysis.</summary>
public sealed class EditorDecisionGapTests : IAsyncLifetime
{
    // The service as deployed: the pipeline runs the analysis on its own.
    private readonly ApiFactory _factory = new(anonymousRead: true, settings: new Dictionary<string, string?> { ["Roadmap:Analysis:AutoRun"] = "true" });
    private HttpClient _client = null!;
    private string _editorKey = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        await Seed.WriteAsync(_factory, Seed.Small());
        await _factory.Services.GetRequiredService<AnalysisService>().RunAsync(full: true, CancellationToken.None);
        _editorKey = await Seed.KeyAsync(_factory, ApiRole.Editor, "alice");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task PinOnAnUncoveredTopic_ReachesItsGapWithoutRunAnalysis_AndAClearUndoesIt()
    {
        // Arrange: an open "no coverage" gap and a document that is not under its topic.
        var gaps = (await Gql.PostAsync(_client, "{ gaps(first: 100) { nodes { id kind status topic { id } } } }")).Data()["gaps"]!["nodes"]!.AsArray();
        var open = gaps.FirstOrDefault(g => g!["kind"]!.GetValue<string>() == "NO_COVERAGE" && g["status"]!.GetValue<string>() == "OPEN");
        open.ShouldNotBeNull("the analysed sample data has an uncovered leaf");
        var (id, topic) = (open["id"]!.GetValue<string>(), open["topic"]!["id"]!.GetValue<string>());

        // Act
        (await Gql.PostAsync(_client, "mutation($t: ID!) { pinTopic(documentKey: \"ITU-T X.1401\", topicId: $t, note: \"covers it\") { pinned } }", new { t = topic }, _editorKey)).Data();
        var gap = await EventuallyAsync(id, g => g["kind"]!.GetValue<string>() != "NO_COVERAGE");

        // Assert: X.1401 (2019) now covers the topic, and is more than six years old.
        gap["kind"]!.GetValue<string>().ShouldBe("STALE_ONLY");
        gap["statement"]!.GetValue<string>().ShouldContain("ITU-T X.1401");
        (await Gql.PostAsync(_client, "mutation($t: ID!) { clearTopicDecision(documentKey: \"ITU-T X.1401\", topicId: $t) }", new { t = topic }, _editorKey)).Data();
        await EventuallyAsync(id, g => g["kind"]!.GetValue<string>() == "NO_COVERAGE");
    }

    private async Task<JsonNode> EventuallyAsync(string id, Func<JsonNode, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var gap = (await Gql.PostAsync(_client, "query($id: ID!) { gap(id: $id) { kind status statement } }", new { id })).Data()["gap"]!;
            if (done(gap))
            {
                return gap;
            }

            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30), $"gap {id} never reached the expected status; it is {gap.ToJsonString()}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
