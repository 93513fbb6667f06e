using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Reports.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Roadmap.Reports.Rendering;

namespace Roadmap.Reports.Tests;

public sealed class DocxTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    [Fact]
    public async Task Render_Docx_PassesOpenXmlValidator()
    {
        // Arrange
        var bytes = await RenderAsync();

        // Act
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).ToList();

        // Assert
        errors.Select(e => $"{e.Path?.XPath}: {e.Description}").Take(10).ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_Docx_HasHeadingStylesTocTablesAndImages()
    {
        // Arrange
        var document = await dataset.Builder().BuildAsync(new ReportRequest(), TestContext.Current.CancellationToken);
        var bytes = await RenderAsync(document);

        // Act
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart!;
        var body = main.Document!.Body!;

        // Assert: every section is a paragraph in its heading style, and those styles are defined.
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        styles.ShouldContain("Heading1");
        styles.ShouldContain("Heading2");
        styles.ShouldContain("Heading3");
        var headings = body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        headings.ShouldBe([.. document.AllSections().Select(s => ($"Heading{s.Level}", s.Title))]);

        // Assert: a TOC field, tables with a repeated header row, one PNG image per figure.
        body.Descendants<FieldCode>().Select(f => f.Text).ShouldContain(t => t.Contains("TOC \\o", StringComparison.Ordinal));
        var tables = body.Elements<Table>().ToList();
        tables.Count.ShouldBeGreaterThan(20);
        tables.ShouldAllBe(t => t.Elements<TableRow>().First().TableRowProperties!.Elements<TableHeader>().Any());
        tables.ShouldContain(t => t.Elements<TableRow>().First().InnerText.StartsWith("Topic2019", StringComparison.Ordinal), "the timeline's data as a table");
        var images = main.ImageParts.Where(p => p.ContentType == "image/png").ToList();
        images.Count.ShouldBe(document.Figures().Count());
        foreach (var image in images)
        {
            using var png = image.GetStream();
            var signature = new byte[8];
            png.ReadExactly(signature);
            signature.ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        }

        body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>().Count().ShouldBe(images.Count);
    }

    [Fact]
    public async Task Render_Docx_EachFigureCarriesItsSvgBesideThePng()
    {
        // Arrange
        var document = await dataset.Builder().BuildAsync(new ReportRequest(), TestContext.Current.CancellationToken);
        var bytes = await RenderAsync(document);

        // Act
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var main = word.MainDocumentPart!;
        var blips = main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().ToList();

        // Assert: every picture's blip names a PNG and, in the Office 2016 extension, an SVG with the full labels.
        blips.Count.ShouldBe(document.Figures().Count());
        foreach (var blip in blips)
        {
            main.GetPartById(blip.Embed!.Value!).ContentType.ShouldBe("image/png");
            var svgBlip = blip.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>().Single();
            var svg = main.GetPartById(svgBlip.Embed!.Value!);
            svg.ContentType.ShouldBe("image/svg+xml");
            using var reader = new StreamReader(svg.GetStream());
            var text = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
            text.ShouldStartWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        }
    }

    [Fact]
    public async Task Render_Docx_WideTableKeepsRoomForItsRowNames()
    {
        // Arrange
        var bytes = await RenderAsync();

        // Act
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var timeline = word.MainDocumentPart!.Document!.Body!.Elements<Table>()
            .Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("Topic2019", StringComparison.Ordinal));
        var widths = timeline.Elements<TableGrid>().Single().Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Assert: a year per column, and the topic column keeps 30% of the width instead of an equal share.
        widths.Count.ShouldBeGreaterThanOrEqualTo(6);
        widths[0].ShouldBeGreaterThan(2 * widths[1]);
    }

    [Fact]
    public void Render_YearPerColumnTable_NarrowMarginsAndValid()
    {
        // Arrange: twenty years of publications, as the timeline annex has on a real corpus.
        var years = Enumerable.Range(2007, 20).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var document = new RoadmapDocument
        {
            Title = "T", Subtitle = "S", AsOf = new DateOnly(2026, 3, 1), Since = new DateOnly(2025, 3, 1),
            Sections = [new ReportSection { Id = "a", Title = "A", Level = 1, Blocks = [new ReportTable("Years", ["Topic", .. years], [["Identity and credentials", .. years.Select(_ => "1")]])] }],
        };
        using var output = new MemoryStream();
        new DocxRenderer().Render(document, output);

        // Act
        output.Position = 0;
        using var word = WordprocessingDocument.Open(output, false);
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).ToList();

        // Assert
        errors.Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        table.GetFirstChild<TableProperties>()!.GetFirstChild<TableCellMarginDefault>()!.TableCellLeftMargin!.Width!.Value.ShouldBe((short)25);
        var widths = table.Elements<TableGrid>().Single().Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        widths.Count.ShouldBe(21);
        widths[0].ShouldBeGreaterThan(4 * widths[1]);
    }

    [Fact]
    public async Task Render_Docx_AsksWordToUpdateFieldsOnOpen()
    {
        // Arrange
        var bytes = await RenderAsync();

        // Act
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var settings = word.MainDocumentPart!.DocumentSettingsPart!.Settings!;

        // Assert: w:updateFields, so the table of contents gets its page numbers when Word opens the file.
        settings.Elements<UpdateFieldsOnOpen>().Single().Val!.Value.ShouldBeTrue();
    }

    private async Task<byte[]> RenderAsync(RoadmapDocument? document = null)
    {
        document ??= await dataset.Builder().BuildAsync(new ReportRequest(), TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        new DocxRenderer().Render(document, output);
        return output.ToArray();
    }
}
