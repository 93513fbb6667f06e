using System.Globalization;

namespace Roadmap.Reports.Charts;

/// <summary>A colour, written <c>#rrggbb</c> in SVG and as bytes in PNG.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0x20, 0x20, 0x20);
    public static readonly Rgb Grid = new(0xd0, 0xd0, 0xd0);

    /// <summary>From pale to dark blue as <paramref name="share"/> goes from 0 to 1.</summary>
    public static Rgb Scale(double share)
    {
        var t = Math.Clamp(share, 0, 1);
        return new Rgb(Mix(0xf1, 0x08, t), Mix(0xf6, 0x30, t), Mix(0xfb, 0x6b, t));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    private static byte Mix(int from, int to, double t) => (byte)Math.Round(from + ((to - from) * t));
}

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>What a chart is drawn with: the same primitives become SVG elements or PNG pixels.</summary>
internal abstract record Shape;

internal sealed record RectShape(int X, int Y, int Width, int Height, Rgb Fill, Rgb? Stroke, string? Tooltip) : Shape;

internal sealed record CircleShape(int Cx, int Cy, int Radius, Rgb Fill, string? Tooltip) : Shape;

/// <summary>Text whose baseline sits at <see cref="Y"/>, <see cref="Size"/> pixels high.</summary>
internal sealed record TextShape(int X, int Y, string Text, int Size, Rgb Color, TextAnchor Anchor) : Shape;

/// <summary>A chart laid out in pixels: its size and shapes, back to front.</summary>
internal sealed record ChartCanvas(int Width, int Height, IReadOnlyList<Shape> Shapes);
