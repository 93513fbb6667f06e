namespace Roadmap.Reports.Model;

/// <summary>A piece of a section's content. Texts are plain: each renderer escapes them for its format.</summary>
public abstract record ReportBlock;

public sealed record Paragraph(string Text) : ReportBlock;

/// <summary>Text shown verbatim in a monospaced block, such as the gap scoring formula.</summary>
public sealed record Preformatted(string Text) : ReportBlock;

public sealed record BulletList(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table with a header row; every row has as many cells as there are columns.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A figure drawn from <see cref="Data"/>: SVG in HTML, a PNG image in Word, its data as a table everywhere.</summary>
public sealed record ReportFigure(string Id, string Caption, FigureKind Kind, ChartData Data) : ReportBlock;

public enum FigureKind
{
    /// <summary>Cells shaded by value: the coverage matrix.</summary>
    HeatMap,

    /// <summary>Circles sized by value along years: publications per topic and year.</summary>
    Timeline,
}
