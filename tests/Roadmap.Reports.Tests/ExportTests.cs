using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsvHelper;
using Roadmap.Reports.Exports;

namespace Roadmap.Reports.Tests;

public sealed class ExportTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    private static readonly XNamespace G = GraphMlExporter.Ns;

    [Fact]
    public async Task GraphMl_ParsedBack_HasTheStoresNodeAndEdgeCounts()
    {
        // Arrange
        var data = await LoadAsync();
        var stats = await dataset.Graph.GetStatsAsync(TestContext.Current.CancellationToken);
        using var output = new MemoryStream();

        // Act
        GraphMlExporter.Write(data, ExportSet.All, output);
        output.Position = 0;
        var graphml = XDocument.Load(output);

        // Assert
        var nodes = graphml.Root!.Element(G + "graph")!.Elements(G + "node").ToList();
        var edges = graphml.Root!.Element(G + "graph")!.Elements(G + "edge").ToList();
        string Kind(XElement e, string key) => e.Elements(G + "data").Single(d => (string)d.Attribute("key")! == key).Value;
        bool External(XElement n) => n.Elements(G + "data").Any(d => (string)d.Attribute("key")! == "n_external" && d.Value == "true");
        nodes.Count(n => Kind(n, "n_kind") == "document" && !External(n)).ShouldBe(stats.Documents);
        nodes.Count(n => Kind(n, "n_kind") == "committee" && !External(n)).ShouldBe(stats.Committees);
        nodes.Count(n => Kind(n, "n_kind") == "topic").ShouldBe(data.Taxonomy.Nodes.Count);
        nodes.Count(n => Kind(n, "n_kind") == "gap").ShouldBe((await dataset.Analysis.ListGapsAsync(null, TestContext.Current.CancellationToken)).Count);
        nodes.Count(n => Kind(n, "n_kind") == "body").ShouldBe(2);
        nodes.Where(External).Select(n => (string)n.Attribute("id")!).ShouldBe(["doc:ITU-T X.509"]);
        edges.Count(e => Kind(e, "e_kind") == "relation").ShouldBe(stats.Relations);
        edges.Count(e => Kind(e, "e_kind") == "membership").ShouldBe(RoadmapDataset.Documents.Count(d => d.CommitteeKey is not null));
        edges.Count(e => Kind(e, "e_kind") == "topic-assignment").ShouldBe((await dataset.Analysis.GetClassificationsAsync(null, TestContext.Current.CancellationToken)).Count);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        ids.Count.ShouldBe(nodes.Count, "node ids are unique");
        edges.ShouldAllBe(e => ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!));
        graphml.Root.Elements(G + "key").Select(k => (string)k.Attribute("id")!).ShouldBeUnique();
    }

    [Fact]
    public async Task Csv_RoundTripsThroughCsvHelper()
    {
        // Arrange
        var data = await LoadAsync();

        // Act & Assert
        RoundTrip(data, ExportSet.Documents, CsvExporter.Documents(data).ToList());
        RoundTrip(data, ExportSet.Gaps, CsvExporter.Gaps(data).ToList());
        RoundTrip(data, ExportSet.Overlaps, CsvExporter.Overlaps(data).ToList());
        CsvExporter.Documents(data).Count().ShouldBe(RoadmapDataset.Documents.Count);
    }

    [Fact]
    public async Task JsonLd_UsesTheDocumentedContext_AndListsEveryNode()
    {
        // Arrange
        var data = await LoadAsync();
        using var output = new MemoryStream();

        // Act
        JsonLdExporter.Write(data, ExportSet.All, output);
        using var json = JsonDocument.Parse(output.ToArray());

        // Assert
        var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestKit.SharedData.RepoRoot, "schema", "roadmap.context.jsonld")));
        System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(json.RootElement.GetProperty("@context").GetRawText()),
            System.Text.Json.Nodes.JsonNode.Parse(shipped.RootElement.GetProperty("@context").GetRawText())).ShouldBeTrue("the export carries the shipped context");
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        string TypeOf(JsonElement e) => e.GetProperty("@type").GetString()!;
        graph.Count(e => TypeOf(e) == "Document").ShouldBe(RoadmapDataset.Documents.Count);
        graph.Count(e => TypeOf(e) == "Gap").ShouldBe(data.Gaps.Count);
        graph.Count(e => TypeOf(e) == "Overlap").ShouldBe(data.Overlaps.Count);
        var terms = shipped.RootElement.GetProperty("@context").EnumerateObject().Select(p => p.Name).ToHashSet();
        graph.SelectMany(e => e.EnumerateObject().Select(p => p.Name)).Where(n => !n.StartsWith('@')).Distinct().ShouldBeSubsetOf(terms, "every property is a term of the context");
        var x1402 = graph.Single(e => e.TryGetProperty("key", out var k) && k.GetString() == "ITU-T X.1402");
        x1402.GetProperty("@id").GetString().ShouldBe("doc:ITU-T%20X.1402");
        x1402.GetProperty("normativeReference")[0].GetString().ShouldBe("doc:ITU-T%20X.1401");
    }

    private static void RoundTrip<T>(ExportData data, ExportSet set, List<T> expected)
    {
        var text = new StringWriter();
        CsvExporter.Write(data, set, text);
        using var reader = CsvReader.FromText(text.ToString(), new CsvReaderOptions { FormatProvider = System.Globalization.CultureInfo.InvariantCulture, NullValues = [string.Empty] });
        var read = reader.GetRecords<T>().ToList(); // an empty field reads as null: CSV cannot tell the two apart
        read.ShouldBe(expected);
        expected.ShouldNotBeEmpty();
        Encoding.UTF8.GetByteCount(text.ToString()).ShouldBeGreaterThan(0);
    }

    private Task<ExportData> LoadAsync() => ExportData.LoadAsync(dataset.Graph, dataset.Analysis, dataset.Taxonomy, TestContext.Current.CancellationToken);
}
