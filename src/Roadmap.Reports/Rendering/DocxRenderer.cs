using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Reports.Charts;
using Roadmap.Reports.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Roadmap.Reports.Rendering;

/// <summary>
/// The Word edition an editor would submit: real Title and Heading 1–3 styles (so Word's navigation and outline work),
/// a table-of-contents field (pre-filled, refreshed when Word opens it), tables whose header row repeats on every page,
/// and each figure as an SVG with a PNG fallback, followed by its data as a table. A4 portrait.
/// </summary>
public sealed partial class DocxRenderer : IRoadmapRenderer
{
    // A4 with 2 cm margins, in twentieths of a point.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int PageMargin = 1134;
    private const int TextWidth = PageWidth - (2 * PageMargin);

    public string Format => "docx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string FileExtension => ".docx";

    public void Render(RoadmapDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // The package is built in memory: OpenXML needs a seekable stream, the response body or stdout is not.
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            AddSettings(main);
            package.PackageProperties.Title = XmlChars.Strip(document.Title);
            package.PackageProperties.Subject = XmlChars.Strip(document.Subtitle);
            var body = new Body();
            body.Append(Para(document.Title, "Title"));
            body.Append(Para(document.Subtitle, "Subtitle"));
            body.Append(Para("Contents", "TOCHeading"));
            body.Append(TableOfContents(document));
            // The document proper (the executive summary) starts on a page of its own.
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            var writer = new BodyWriter(main, body);
            foreach (var section in document.AllSections())
            {
                body.Append(Heading(section));
                foreach (var block in section.Blocks)
                {
                    writer.Write(block);
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = PageMargin, Right = PageMargin, Bottom = PageMargin, Left = PageMargin, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Paragraph Heading(ReportSection section)
    {
        var paragraph = Para(section.Title, "Heading" + Math.Clamp(section.Level, 1, 3).ToString(CultureInfo.InvariantCulture));
        // A bookmark per section, so the contents' entries can link to it.
        paragraph.InsertAfter(new BookmarkStart { Id = BookmarkId(section), Name = BookmarkName(section) }, paragraph.ParagraphProperties);
        paragraph.Append(new BookmarkEnd { Id = BookmarkId(section) });
        return paragraph;
    }

    private static string BookmarkName(ReportSection section)
    {
        var id = XmlChars.Strip(section.Id);
        return "_" + id.Replace('-', '_')[..Math.Min(id.Length, 38)];
    }

    private static string BookmarkId(ReportSection section) =>
        ((uint)StableHash(section.Id) % 1_000_000).ToString(CultureInfo.InvariantCulture);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & int.MaxValue;
    }

    /// <summary>A TOC field whose result is already the list of headings, so the file reads right before Word refreshes it.</summary>
    private static IEnumerable<Paragraph> TableOfContents(RoadmapDocument document)
    {
        var sections = document.AllSections().ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC" + Math.Clamp(section.Level, 1, 3).ToString(CultureInfo.InvariantCulture) }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(new Hyperlink(new Run(new Text(XmlChars.Strip(section.Title)) { Space = SpaceProcessingModeValues.Preserve })) { Anchor = BookmarkName(section), History = true });
            if (i == sections.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            yield return paragraph;
        }
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(XmlChars.Strip(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
