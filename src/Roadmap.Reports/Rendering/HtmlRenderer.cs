using System.Globalization;
using System.Net;
using System.Text;
using Roadmap.Reports.Charts;
using Roadmap.Reports.Model;

namespace Roadmap.Reports.Rendering;

/// <summary>
/// One self-contained HTML file: inline CSS (screen and print: A4 pages, headings kept with their content, table
/// headers repeated on every page), a contents list, and the figures as inline SVG. No scripts, fonts or links out.
/// </summary>
public sealed class HtmlRenderer : IRoadmapRenderer
{
    private const string Style = """
        body { font-family: Georgia, "Times New Roman", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #202020; line-height: 1.45; }
        h1, h2, h3, h4 { font-family: Helvetica, Arial, sans-serif; color: #0b3c6b; page-break-after: avoid; break-after: avoid; }
        p.subtitle { font-style: italic; }
        nav ul { list-style: none; padding-left: 1.2rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.2rem; font-size: 0.85rem; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.3rem 0; }
        th, td { border: 1px solid #b8c4d0; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
        thead th { background: #e4ecf4; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        pre { background: #f4f6f8; padding: 0.6rem; overflow-x: auto; }
        figure { margin: 1rem 0; overflow-x: auto; page-break-inside: avoid; break-inside: avoid; }
        figcaption { font-weight: bold; margin-top: 0.3rem; }
        p.empty { color: #606060; }
        @page { size: A4; margin: 18mm 15mm; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10pt; }
          nav { page-break-after: always; break-after: page; }
          section.level-1 { page-break-before: always; break-before: page; }
          thead { display: table-header-group; }
          figure svg { max-width: 100%; height: auto; }
        }
        """;

    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public string FileExtension => ".html";

    public void Render(RoadmapDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = Utf8.Writer(output);
        writer.Write(Render(document));
    }

    public static string Render(RoadmapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(document.Title)).Append("</title>\n<style>\n").Append(Style.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(Encode(document.Title)).Append("</h1>\n<p class=\"subtitle\">").Append(Encode(document.Subtitle)).Append("</p>\n</header>\n");
        html.Append("<nav>\n<h2>Contents</h2>\n");
        Contents(html, document.Sections);
        html.Append("</nav>\n<main>\n");
        var numbers = new Numbering();
        foreach (var section in document.Sections)
        {
            Section(html, section, numbers);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Contents(StringBuilder html, IReadOnlyList<ReportSection> sections)
    {
        if (sections.Count == 0)
        {
            return;
        }

        html.Append("<ul>\n");
        foreach (var section in sections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(Encode(section.Title)).Append("</a>");
            if (section.Sections.Count > 0)
            {
                html.Append('\n');
                Contents(html, section.Sections);
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Section(StringBuilder html, ReportSection section, Numbering numbers)
    {
        var level = (section.Level + 1).ToString(CultureInfo.InvariantCulture);
        html.Append("<section id=\"").Append(section.Id).Append("\" class=\"level-").Append(section.Level.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        html.Append("<h").Append(level).Append('>').Append(Encode(section.Title)).Append("</h").Append(level).Append(">\n");
        foreach (var block in section.Blocks)
        {
            Block(html, block, numbers);
        }

        foreach (var child in section.Sections)
        {
            Section(html, child, numbers);
        }

        html.Append("</section>\n");
    }

    private static void Block(StringBuilder html, ReportBlock block, Numbering numbers)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                break;
            case Preformatted p:
                html.Append("<pre>").Append(Encode(p.Text)).Append("</pre>\n");
                break;
            case BulletList list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case ReportTable table:
                Table(html, table, numbers.NextTable());
                break;
            case ReportFigure figure:
                html.Append("<figure id=\"").Append(figure.Id).Append("\">\n").Append(SvgChart.Render(ChartLayout.Layout(figure), figure.Caption)).Append('\n');
                html.Append("<figcaption>Figure ").Append(numbers.NextFigure().ToString(CultureInfo.InvariantCulture)).Append(" — ").Append(Encode(figure.Caption)).Append("</figcaption>\n</figure>\n");
                break;
            default:
                throw new NotSupportedException($"no HTML for {block.GetType().Name}");
        }
    }

    private static void Table(StringBuilder html, ReportTable table, int number)
    {
        var caption = $"Table {number.ToString(CultureInfo.InvariantCulture)} — {table.Caption}";
        if (table.Rows.Count == 0)
        {
            html.Append("<p><strong>").Append(Encode(caption)).Append("</strong></p>\n<p class=\"empty\">None.</p>\n");
            return;
        }

        html.Append("<table>\n<caption>").Append(Encode(caption)).Append("</caption>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
