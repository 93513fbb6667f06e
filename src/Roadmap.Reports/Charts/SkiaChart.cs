using SkiaSharp;

namespace Roadmap.Reports.Charts;

/// <summary>
/// Rasterises a laid-out chart with Skia in a real typeface, anti-aliased, at <see cref="Scale"/> times the SVG's
/// size: about 290 dpi at the size the SVG would print, more where Word shrinks the figure to the text width.
/// </summary>
internal static class SkiaChart
{
    public const int Scale = 3;

    public static byte[] Render(ChartCanvas canvas, SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(typeface);
        var info = new SKImageInfo(canvas.Width * Scale, canvas.Height * Scale, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        var draw = surface.Canvas;
        draw.Scale(Scale);
        draw.Clear(SKColors.White);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1f / Scale };
        using var font = new SKFont(typeface) { Subpixel = true, Edging = SKFontEdging.Antialias };
        foreach (var shape in canvas.Shapes)
        {
            switch (shape)
            {
                case RectShape r:
                    fill.Color = Color(r.Fill);
                    draw.DrawRect(r.X, r.Y, r.Width, r.Height, fill);
                    if (r.Stroke is { } edge)
                    {
                        stroke.Color = Color(edge);
                        draw.DrawRect(r.X, r.Y, r.Width, r.Height, stroke);
                    }

                    break;
                case CircleShape c:
                    fill.Color = Color(c.Fill);
                    draw.DrawCircle(c.Cx, c.Cy, c.Radius, fill);
                    break;
                case TextShape t:
                    fill.Color = Color(t.Color);
                    font.Size = t.Size;
                    var align = t.Anchor switch { TextAnchor.Middle => SKTextAlign.Center, TextAnchor.End => SKTextAlign.Right, _ => SKTextAlign.Left };
                    draw.DrawText(t.Text, t.X, t.Y, align, font, fill);
                    break;
                default:
                    throw new NotSupportedException($"no raster for {shape.GetType().Name}");
            }
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKColor Color(Rgb rgb) => new(rgb.R, rgb.G, rgb.B);
}
