using System.Text.Json;
using Roadmap.Analysis.Taxonomy;
using Roadmap.Core.Analysis;
using Roadmap.Graph.Embedded;
using Roadmap.TestKit;

namespace Roadmap.Cli.Tests;

/// <summary>Analysis results reach the search index: the topic facet and filter, re-filed incrementally after a pin.</summary>
public sealed class SearchTopicsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Analyze_ThenSearch_TopicFacetAndFilterFollowClassificationsAndPins()
    {
        // Arrange: the sample catalogue, analysed.
        var catalogue = Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        var analysis = await CliRunner.RunAsync("analyze", "--json", "--data", _data.Path);
        analysis.Exit.ShouldBe(0);
        var expected = AssignmentsByTopic(analysis.Out);
        expected.Count.ShouldBeGreaterThan(1);
        // The biggest leaf topic that still fits on one page of results with one more document (a parent's filter takes
        // in its subtopics' documents too: see the test below).
        var taxonomy = TaxonomyLoader.LoadDefault(new FakeTextMatcher());
        var (topic, count) = expected.Where(t => t.Value.Count < 99 && taxonomy.IsLeaf(taxonomy.Get(t.Key))).MaxBy(t => t.Value.Count);

        // Act
        var all = await SearchAsync("--facets");
        var filtered = await SearchAsync("--facets", "--filter", $"topic={topic}");

        // Assert: every topic counted as analysis assigned it; the filter keeps exactly that topic's documents.
        var facet = TopicFacet(all);
        facet.Count.ShouldBe(Math.Min(expected.Count, 50));
        foreach (var (id, indexed) in facet)
        {
            indexed.ShouldBe(expected[id].Count, $"topic {id}");
        }

        Total(filtered).ShouldBe(count.Count);
        Total(filtered).ShouldBeLessThan(Total(all));
        (await CliRunner.RunAsync("index", "check", "--data", _data.Path)).Exit.ShouldBe(0);

        // Arrange: an editor pins the topic on a document the rules left out.
        var outsider = Keys(all).First(k => !count.Contains(k));
        await using (var store = SqliteAnalysisStore.Open(DataDirectory.OpenOrCreate(_data.Path)))
        {
            await store.SaveDecisionAsync(
                new EditorDecision { DocumentKey = outsider, TopicId = topic, Kind = DecisionKind.Pin, Editor = "editor:test", At = DateTimeOffset.UnixEpoch },
                TestContext.Current.CancellationToken);
        }

        // Act: the next command's sync re-files what changed.
        var check = await CliRunner.RunAsync("index", "check", "--data", _data.Path);
        var afterPin = await SearchAsync("--facets", "--filter", $"topic={topic}");

        // Assert: check sees the index behind the pin; the search's sync brought it up to date with only that document.
        check.Exit.ShouldBe(1);
        check.Out.ShouldContain(outsider);
        Total(afterPin).ShouldBe(count.Count + 1);
        Keys(afterPin).ShouldContain(outsider);
        (await CliRunner.RunAsync("index", "check", "--data", _data.Path)).Exit.ShouldBe(0);
    }

    [Fact]
    public async Task Analyze_ThenSearchAParentTopic_FindsItsSubtopicsDocumentsAndNamesTopicFacets()
    {
        // Arrange
        var catalogue = Path.Combine(SharedData.RepoRoot, "samples", "catalogue.jsonl");
        (await CliRunner.RunAsync("import", "catalogue", catalogue, "--data", _data.Path)).Exit.ShouldBe(0);
        var analysis = await CliRunner.RunAsync("analyze", "--json", "--data", _data.Path);
        var taxonomy = TaxonomyLoader.LoadDefault(new FakeTextMatcher());
        var underSecurity = AssignmentsByTopic(analysis.Out)
            .Where(t => taxonomy.SubtreeOf("security").Any(n => n.Id == t.Key))
            .SelectMany(t => t.Value).ToHashSet(StringComparer.Ordinal);
        underSecurity.Count.ShouldBeGreaterThan(0);

        // Act
        var security = await SearchAsync("--facets", "--filter", "topic=security");
        var text = await CliRunner.RunAsync("search", "", "--facets", "--filter", "topic=security", "--data", _data.Path);

        // Assert
        Total(security).ShouldBe(underSecurity.Count);
        var facet = security.GetProperty("facets").EnumerateObject().Single(p => p.Name.Equals("topic", StringComparison.OrdinalIgnoreCase)).Value;
        facet.EnumerateArray().ShouldAllBe(v => v.GetProperty("label").GetString() == taxonomy.Get(v.GetProperty("value").GetString()!).Name);
        text.Out.ShouldContain(" (security.");
    }

    private async Task<JsonElement> SearchAsync(params string[] options)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["search", "", "--limit", "100", "--json", "--data", _data.Path, .. options]);
        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }

    private static Dictionary<string, HashSet<string>> AssignmentsByTopic(string analyzeJson)
    {
        using var json = JsonDocument.Parse(analyzeJson);
        return json.RootElement.GetProperty("assignments").EnumerateArray()
            .GroupBy(a => a.GetProperty("topicId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(a => a.GetProperty("documentKey").GetString()!).ToHashSet(StringComparer.Ordinal));
    }

    private static Dictionary<string, int> TopicFacet(JsonElement result) =>
        result.GetProperty("facets").EnumerateObject().Single(p => p.Name.Equals("topic", StringComparison.OrdinalIgnoreCase)).Value
            .EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    private static int Total(JsonElement result) => result.GetProperty("total").GetInt32();

    private static List<string> Keys(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("key").GetString()!)];
}
