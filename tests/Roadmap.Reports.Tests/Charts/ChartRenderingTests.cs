using Roadmap.Reports.Charts;
using Roadmap.Reports.Model;
using SkiaSharp;

namespace Roadmap.Reports.Tests.Charts;

public sealed class ChartRenderingTests
{
    private const string LongTopic = "Confidentiality, confidential computing and data obfuscation";

    private static readonly ReportFigure HeatMap = new("figure-coverage", "Coverage", FigureKind.HeatMap,
        new ChartData("Topic", [LongTopic, "Vocabulary"], ["ISO", "ITU-T"], [[3, 0], [1, 2]]));

    [Fact]
    public void Layout_LongRowLabel_IsWrittenInFullLeftOfTheCells()
    {
        // Act
        var canvas = ChartLayout.Layout(HeatMap);

        // Assert: the whole label, and the cells start right of it.
        var label = canvas.Shapes.OfType<TextShape>().Single(t => t.Text == LongTopic);
        var firstCell = canvas.Shapes.OfType<RectShape>().Min(r => r.X);
        label.Anchor.ShouldBe(TextAnchor.End);
        (label.X - (LongTopic.Length * label.Size * 0.5)).ShouldBeGreaterThan(0, "the label fits in the canvas at an Arial-like width");
        firstCell.ShouldBeGreaterThan(label.X);
    }

    [Fact]
    public void SvgChart_LongRowLabel_IsNotShortened()
    {
        // Act
        var svg = SvgChart.Render(ChartLayout.Layout(HeatMap), "Coverage");

        // Assert
        svg.ShouldContain($">{LongTopic}</text>");
        svg.ShouldNotContain("...</text>");
    }

    [Fact]
    public void SkiaChart_WithAFont_DrawsAntiAliasedTextAtPrintResolution()
    {
        // Arrange
        var typeface = ChartFont.Typeface;
        Assert.SkipWhen(typeface is null, "no Liberation Sans or DejaVu Sans on this machine: apt-get install -y fonts-liberation2 (or fonts-dejavu-core)");
        var canvas = ChartLayout.Layout(HeatMap);

        // Act
        var png = SkiaChart.Render(canvas, typeface!);

        // Assert: three image pixels per SVG pixel (about 290 dpi at the SVG's printed size), and text in grey
        // levels rather than the pixel font's two colours.
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Width.ShouldBe(canvas.Width * SkiaChart.Scale);
        bitmap.Height.ShouldBe(canvas.Height * SkiaChart.Scale);
        var labelArea = new SKRectI(0, 0, (canvas.Shapes.OfType<RectShape>().Min(r => r.X) - 2) * SkiaChart.Scale, bitmap.Height);
        var greys = new HashSet<SKColor>();
        for (var y = labelArea.Top; y < labelArea.Bottom; y++)
        {
            for (var x = labelArea.Left; x < labelArea.Right; x++)
            {
                greys.Add(bitmap.GetPixel(x, y));
            }
        }

        greys.Count.ShouldBeGreaterThan(20, "anti-aliased glyph edges");
    }

    [Fact]
    public void ChartFont_NoCandidateExists_IsNullSoThePixelFontIsUsed()
    {
        // Act & Assert
        ChartFont.Load(["/nonexistent/font.ttf"]).ShouldBeNull();
    }
}
