using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Roadmap.Reports.Exports;
using Roadmap.Reports.Model;
using Roadmap.Reports.Rendering;
using Roadmap.TestKit;

namespace Roadmap.Reports.Tests;

/// <summary>Text XML cannot hold (a title a site served with U+0001, a lone surrogate) is dropped, and the file is written and valid.</summary>
public sealed class ControlCharacterTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    private const string Hostile = "Ledger\u0001 \u001b[2Jsecurity\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 guide\uDC00";
    private const string Stripped = "Ledger [2Jsecurity guide";

    [Fact]
    public void Strip_Text_DropsOnlyWhatXmlCannotHold()
    {
        // Arrange: built here, not as theory data, which would turn the lone surrogates into U+FFFD on the way
        (string Text, string Expected)[] cases =
        [
            (Hostile, Stripped),
            ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
            ("emoji \U0001F600 and C1 \u0085\u009B", "emoji \U0001F600 and C1 \u0085\u009B"),
            ("\uDBFF\uDFFF", "\uDBFF\uDFFF"),
            ("\uDFFF\uDBFF", string.Empty),
            (string.Empty, string.Empty),
        ];

        // Act / Assert
        foreach (var (text, expected) in cases)
        {
            XmlChars.Strip(text).ShouldBe(expected);
        }
    }

    [Fact]
    public void Strip_CleanText_ReturnsTheSameString()
    {
        // Arrange
        var text = "Blockchain and distributed ledger technologies — Vocabulary";

        // Act / Assert
        XmlChars.Strip(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Render_DocxWithControlCharactersEverywhere_IsWrittenAndPassesTheValidator()
    {
        // Arrange
        var figure = new ReportFigure("fig\u0001-1", Hostile, FigureKind.HeatMap, new ChartData(Hostile, [Hostile], [Hostile], [[3]]));
        var document = new RoadmapDocument
        {
            Title = Hostile,
            Subtitle = Hostile,
            AsOf = new DateOnly(2026, 3, 1),
            Since = new DateOnly(2019, 12, 31),
            Sections =
            [
                new ReportSection
                {
                    Id = "part\u0002-1", Title = Hostile, Level = 1,
                    Blocks = [new Paragraph(Hostile), new Preformatted(Hostile), new BulletList([Hostile]), new ReportTable(Hostile, [Hostile], [[Hostile]]), figure],
                },
            ],
        };
        using var output = new MemoryStream();

        // Act
        new DocxRenderer().Render(document, output);

        // Assert
        output.Position = 0;
        using var word = WordprocessingDocument.Open(output, false);
        new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        word.PackageProperties.Title.ShouldBe(Stripped);
        var body = word.MainDocumentPart!.Document!.Body!;
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text).ShouldContain(Stripped);
        body.InnerText.ShouldNotContain("\u0001");
    }

    [Fact]
    public async Task Write_GraphMlWithControlCharactersInKeysAndTitles_IsParsableAndTheEdgesStillMeetTheirNodes()
    {
        // Arrange
        var data = await ExportData.LoadAsync(dataset.Graph, dataset.Analysis, dataset.Taxonomy, TestContext.Current.CancellationToken);
        var hostile = Builders.Iso("ISO 9\u0001", Hostile, committee: "ISO/TC\u0007 307");
        data = data with { Documents = [.. data.Documents, hostile] };
        using var output = new MemoryStream();

        // Act
        GraphMlExporter.Write(data, ExportSet.All, output);

        // Assert
        output.Position = 0;
        var graph = XDocument.Load(output).Root!.Element(GraphMlExporter.Ns + "graph")!;
        var node = graph.Elements(GraphMlExporter.Ns + "node").Single(n => (string)n.Attribute("id")! == "doc:ISO 9");
        node.Elements(GraphMlExporter.Ns + "data").Single(d => (string)d.Attribute("key")! == "n_title").Value.ShouldBe(Stripped);
        graph.Elements(GraphMlExporter.Ns + "edge").ShouldContain(e => (string)e.Attribute("source")! == "doc:ISO 9" && (string)e.Attribute("target")! == "committee:ISO/TC 307");
    }
}
