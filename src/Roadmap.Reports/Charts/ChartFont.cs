using SkiaSharp;

namespace Roadmap.Reports.Charts;

/// <summary>
/// The typeface Word figures are drawn in, found by path because the Skia build we ship has no fontconfig: Liberation
/// Sans first (metric-compatible with the Arial/Helvetica the SVG names, so labels measure the same), then DejaVu Sans,
/// then Arial. Null when the machine has none of them (a bare container image): figures then fall back to
/// <see cref="PngChart"/>'s pixel font. Debian: <c>fonts-liberation2</c> or <c>fonts-dejavu-core</c>.
/// </summary>
internal static class ChartFont
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/Library/Fonts/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        @"C:\Windows\Fonts\arial.ttf",
    ];

    private static readonly Lazy<SKTypeface?> Found = new(() => Load(Candidates));

    /// <summary>The first candidate font on this machine, loaded once; null when there is none.</summary>
    public static SKTypeface? Typeface => Found.Value;

    /// <summary>The first of <paramref name="paths"/> that exists and loads as a typeface.</summary>
    public static SKTypeface? Load(IEnumerable<string> paths) =>
        paths.Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null);
}
