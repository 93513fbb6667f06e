namespace Roadmap.Reports.Model;

/// <summary>
/// The roadmap as structured content, independent of any output format: a title, the edition's dates and a tree of
/// sections holding paragraphs, lists, tables and figures. Every renderer (Markdown, HTML, DOCX, GraphQL) walks it.
/// </summary>
public sealed record RoadmapDocument
{
    public required string Title { get; init; }

    public required string Subtitle { get; init; }

    /// <summary>The date whose landscape the edition describes.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The date of the previous edition the "what changed" section compares against.</summary>
    public required DateOnly Since { get; init; }

    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>Every section, depth first, in reading order.</summary>
    public IEnumerable<ReportSection> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    /// <summary>Every figure, in reading order.</summary>
    public IEnumerable<ReportFigure> Figures() => AllSections().SelectMany(s => s.Blocks.OfType<ReportFigure>());
}
