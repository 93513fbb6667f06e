namespace Roadmap.Reports.Charts;

/// <summary>The PNG of a chart for Word: Skia in a real font where the machine has one, else the built-in pixel font.</summary>
internal static class ChartRaster
{
    /// <summary>The PNG and how many image pixels stand for one SVG pixel.</summary>
    public static (byte[] Png, int Scale) Render(ChartCanvas canvas) =>
        ChartFont.Typeface is { } typeface ? (SkiaChart.Render(canvas, typeface), SkiaChart.Scale) : (PngChart.Render(canvas), PngChart.Scale);
}
