namespace Roadmap.Reports.Rendering;

/// <summary>The roadmap's output formats by name.</summary>
public static class RoadmapRenderers
{
    public static IReadOnlyList<IRoadmapRenderer> All { get; } = [new MarkdownRenderer(), new HtmlRenderer(), new DocxRenderer()];

    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(r => r.Format)];

    public static IRoadmapRenderer? Find(string? format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static IRoadmapRenderer Get(string format) =>
        Find(format) ?? throw new ArgumentException($"unknown report format '{format}' (use {string.Join(", ", Formats)})", nameof(format));
}
