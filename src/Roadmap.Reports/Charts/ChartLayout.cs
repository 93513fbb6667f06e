using System.Globalization;
using Roadmap.Reports.Model;

namespace Roadmap.Reports.Charts;

/// <summary>
/// Lays a figure's data out in pixels once, for both the SVG (HTML) and the PNG (Word) renderings: a heat map of
/// shaded cells with their counts, or a timeline of circles whose area follows the count.
/// </summary>
internal static class ChartLayout
{
    private const int MinLabelWidth = 120;
    private const int Margin = 8;
    private const int FontSize = 10;

    // A generous average advance of a sans-serif font (Liberation Sans, Arial, Helvetica) per pixel of size, so that
    // row labels are written in full and never run into the cells, whatever of these fonts the reader has.
    private const double AverageAdvance = 0.56;

    public static ChartCanvas Layout(ReportFigure figure) => figure.Kind switch
    {
        FigureKind.HeatMap => HeatMap(figure.Data),
        FigureKind.Timeline => Timeline(figure.Data),
        _ => throw new NotSupportedException($"no layout for {figure.Kind}"),
    };

    private static ChartCanvas HeatMap(ChartData data)
    {
        const int cell = 22;
        var column = Math.Max(56, Measure(data.Columns) + 10);
        var header = 24;
        var shapes = new List<Shape>();
        var max = Math.Max(1, data.Max);
        var labelWidth = Math.Max(MinLabelWidth, Measure(data.Rows)) + 12;
        Labels(shapes, data, header, cell, column, Margin + labelWidth);
        for (var r = 0; r < data.Rows.Count; r++)
        {
            for (var c = 0; c < data.Columns.Count; c++)
            {
                var value = data.Values[r][c];
                var x = Margin + labelWidth + (c * column);
                var y = header + (r * cell);
                var share = value == 0 ? 0 : 0.15 + (0.85 * value / max);
                shapes.Add(new RectShape(x, y, column, cell, value == 0 ? Rgb.White : Rgb.Scale(share), Rgb.Grid, $"{data.Rows[r]} × {data.Columns[c]}: {Count(value)}"));
                if (value > 0)
                {
                    shapes.Add(new TextShape(x + (column / 2), y + 15, Count(value), FontSize, share > 0.55 ? Rgb.White : Rgb.Black, TextAnchor.Middle));
                }
            }
        }

        return new ChartCanvas(Margin + labelWidth + (data.Columns.Count * column) + Margin, header + (data.Rows.Count * cell) + Margin, shapes);
    }

    private static ChartCanvas Timeline(ChartData data)
    {
        const int row = 26;
        const int column = 34;
        const int header = 24;
        var shapes = new List<Shape>();
        var max = Math.Max(1, data.Max);
        var labelWidth = Math.Max(MinLabelWidth, Measure(data.Rows)) + 12;
        Labels(shapes, data, header, row, column, Margin + labelWidth);
        for (var r = 0; r < data.Rows.Count; r++)
        {
            var y = header + (r * row);
            shapes.Add(new RectShape(Margin + labelWidth, y + (row / 2), data.Columns.Count * column, 1, Rgb.Grid, null, null));
            for (var c = 0; c < data.Columns.Count; c++)
            {
                var value = data.Values[r][c];
                if (value == 0)
                {
                    continue;
                }

                var radius = 2 + (int)Math.Round(10 * Math.Sqrt(value / (double)max));
                var cx = Margin + labelWidth + (c * column) + (column / 2);
                shapes.Add(new CircleShape(cx, y + (row / 2), radius, Rgb.Scale(0.35 + (0.65 * value / max)), $"{data.Rows[r]}, {data.Columns[c]}: {Count(value)}"));
            }
        }

        return new ChartCanvas(Margin + labelWidth + (data.Columns.Count * column) + Margin, header + (data.Rows.Count * row) + Margin, shapes);
    }

    /// <summary>Row labels on the left, column labels above, each centred on its cell.</summary>
    private static void Labels(List<Shape> shapes, ChartData data, int header, int rowHeight, int columnWidth, int left)
    {
        for (var c = 0; c < data.Columns.Count; c++)
        {
            shapes.Add(new TextShape(left + (c * columnWidth) + (columnWidth / 2), header - 8, data.Columns[c], FontSize, Rgb.Black, TextAnchor.Middle));
        }

        for (var r = 0; r < data.Rows.Count; r++)
        {
            shapes.Add(new TextShape(left - 6, header + (r * rowHeight) + (rowHeight / 2) + 4, data.Rows[r], FontSize, Rgb.Black, TextAnchor.End));
        }
    }

    /// <summary>The width the longest of <paramref name="labels"/> needs at the chart's font size.</summary>
    private static int Measure(IReadOnlyList<string> labels) =>
        (int)Math.Ceiling(labels.Select(l => l.Length).DefaultIfEmpty(0).Max() * FontSize * AverageAdvance);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
