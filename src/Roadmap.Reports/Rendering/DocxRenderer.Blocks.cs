using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Reports.Charts;
using Roadmap.Reports.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Roadmap.Reports.Rendering;

public sealed partial class DocxRenderer
{
    /// <summary>Appends blocks to the body, numbering tables and figures and adding each figure's image part.</summary>
    private sealed class BodyWriter(MainDocumentPart main, Body body)
    {
        private const int WideTable = 6;
        private const int VeryWideTable = 13;

        private readonly Numbering _numbers = new();
        private uint _images;

        public void Write(ReportBlock block)
        {
            switch (block)
            {
                case Model.Paragraph p:
                    body.Append(Para(p.Text));
                    break;
                case Preformatted p:
                    body.Append(Para(p.Text, "Code"));
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        body.Append(Para(item, "ListBullet"));
                    }

                    break;
                case ReportTable table:
                    Table(table, _numbers.NextTable());
                    break;
                case ReportFigure figure:
                    Figure(figure);
                    break;
                default:
                    throw new NotSupportedException($"no Word output for {block.GetType().Name}");
            }
        }

        private void Table(ReportTable table, int number)
        {
            body.Append(Caption($"Table {number.ToString(CultureInfo.InvariantCulture)} — {table.Caption}"));
            if (table.Rows.Count == 0)
            {
                body.Append(Para("None."));
                return;
            }

            var grid = new TableGrid(ColumnWidths(table.Columns.Count).Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
            var properties = new TableProperties(
                new TableStyle { Val = "RoadmapTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0" });
            if (table.Columns.Count >= VeryWideTable)
            {
                // A year per column: narrow cell margins, so four digits fit on one line (the schema wants them before tblLook).
                properties.InsertBefore(new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 25, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 25, Type = TableWidthValues.Dxa }), properties.GetFirstChild<TableLook>());
            }

            var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            header.Append(table.Columns.Select(c => Cell(c, header: true)));
            var element = new Table(properties, grid, header);
            foreach (var row in table.Rows)
            {
                var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
                tableRow.Append(row.Select(c => Cell(c, header: false)));
                element.Append(tableRow);
            }

            body.Append(element);
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "AfterTable" })));
        }

        /// <summary>
        /// Equal columns, except in a wide table (a year per column, a body per column) whose first column names the row:
        /// it keeps 30% of the width (20% from 13 columns) so topic names are not broken a syllable per line.
        /// </summary>
        private static IEnumerable<int> ColumnWidths(int columns)
        {
            if (columns < WideTable)
            {
                return Enumerable.Repeat(TextWidth / columns, columns);
            }

            var first = TextWidth * (columns >= VeryWideTable ? 2 : 3) / 10;
            return [first, .. Enumerable.Repeat((TextWidth - first) / (columns - 1), columns - 1)];
        }

        private static TableCell Cell(string text, bool header)
        {
            var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" });
            if (header)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E4ECF4" });
            }

            return new TableCell(properties, Para(text, header ? "TableHeading" : "TableText"));
        }

        private void Figure(ReportFigure figure)
        {
            var canvas = ChartLayout.Layout(figure);
            // The PNG is what every reader shows; Word 2016 and later draw the SVG beside it instead, as vectors.
            var part = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(ChartRaster.Render(canvas).Png))
            {
                part.FeedData(png);
            }

            var vector = main.AddImagePart(ImagePartType.Svg);
            using (var svg = new MemoryStream(Utf8.NoBom.GetBytes(SvgChart.Render(canvas, figure.Caption))))
            {
                vector.FeedData(svg);
            }

            var id = ++_images;
            var paragraph = new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Figure" }),
                new Run(Image(main.GetIdOfPart(part), main.GetIdOfPart(vector), id, figure, canvas.Width, canvas.Height)));
            body.Append(paragraph);
            var number = _numbers.NextFigure();
            body.Append(Caption($"Figure {number.ToString(CultureInfo.InvariantCulture)} — {figure.Caption}"));
            if (figure.Kind == FigureKind.HeatMap)
            {
                // Word readers get the figure's data as a table too (the timeline's table follows it in the model).
                Table(figure.Data.ToTable($"Data of figure {number.ToString(CultureInfo.InvariantCulture)}: {figure.Caption}"), _numbers.NextTable());
            }
        }

        private static Paragraph Caption(string text) => Para(text, "Caption");
    }
}
