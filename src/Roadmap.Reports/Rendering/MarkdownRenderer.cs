using System.Globalization;
using System.Text;
using Roadmap.Reports.Model;

namespace Roadmap.Reports.Rendering;

/// <summary>
/// CommonMark with pipe tables (as Markdig and GitHub read them): headings with HTML anchors for the contents list,
/// numbered table and figure captions. Figures are drawn only in HTML and Word; here their data tables stand in.
/// </summary>
public sealed class MarkdownRenderer : IRoadmapRenderer
{
    public string Format => "md";

    public string ContentType => "text/markdown; charset=utf-8";

    public string FileExtension => ".md";

    public void Render(RoadmapDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = Utf8.Writer(output);
        writer.Write(Render(document));
    }

    public static string Render(RoadmapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        text.Append('*').Append(Escape(document.Subtitle)).Append("*\n\n");
        text.Append("## Contents\n\n");
        foreach (var section in document.AllSections())
        {
            text.Append(' ', 2 * (section.Level - 1)).Append("- [").Append(Escape(section.Title)).Append("](#").Append(section.Id).Append(")\n");
        }

        var numbers = new Numbering();
        foreach (var section in document.AllSections())
        {
            text.Append('\n').Append("<a id=\"").Append(section.Id).Append("\"></a>\n\n");
            text.Append('#', section.Level + 1).Append(' ').Append(Escape(section.Title)).Append('\n');
            foreach (var block in section.Blocks)
            {
                text.Append('\n');
                Block(text, block, numbers);
            }
        }

        return text.ToString();
    }

    private static void Block(StringBuilder text, ReportBlock block, Numbering numbers)
    {
        switch (block)
        {
            case Paragraph p:
                text.Append(Escape(p.Text)).Append('\n');
                break;
            case Preformatted p:
                text.Append("```text\n").Append(p.Text.Replace("```", "'''", StringComparison.Ordinal)).Append("\n```\n");
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    text.Append("- ").Append(Escape(item)).Append('\n');
                }

                break;
            case ReportTable table:
                Table(text, table, numbers.NextTable());
                break;
            case ReportFigure figure:
                text.Append("**Figure ").Append(numbers.NextFigure().ToString(CultureInfo.InvariantCulture)).Append(" — ").Append(Escape(figure.Caption))
                    .Append("** (drawn in the HTML and Word editions; its data is in the adjacent table)\n");
                break;
            default:
                throw new NotSupportedException($"no Markdown for {block.GetType().Name}");
        }
    }

    private static void Table(StringBuilder text, ReportTable table, int number)
    {
        text.Append("**Table ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" — ").Append(Escape(table.Caption)).Append("**\n\n");
        if (table.Rows.Count == 0)
        {
            text.Append("None.\n");
            return;
        }

        Row(text, table.Columns);
        text.Append('|');
        foreach (var _ in table.Columns)
        {
            text.Append(" --- |");
        }

        text.Append('\n');
        foreach (var row in table.Rows)
        {
            Row(text, row);
        }
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(Escape(cell)).Append(" |");
        }

        text.Append('\n');
    }

    /// <summary>Backslash-escapes the punctuation Markdown could read as markup, and folds line breaks.</summary>
    internal static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~')
            {
                text.Append('\\').Append(c);
            }
            else
            {
                text.Append(c is '\r' or '\n' ? ' ' : c);
            }
        }

        return text.ToString();
    }
}
