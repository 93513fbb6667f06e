using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Roadmap.Reports.Rendering;

public sealed partial class DocxRenderer
{
    private const int BulletNumberingId = 1;

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }, new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, null, isDefault: true),
            ParagraphStyle("Title", "Title", new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
                new StyleRunProperties(new Bold(), new Color { Val = "0B3C6B" }, new FontSize { Val = "44" })),
            ParagraphStyle("Subtitle", "Subtitle", new StyleParagraphProperties(new SpacingBetweenLines { After = "360" }),
                new StyleRunProperties(new Italic(), new Color { Val = "404040" }, new FontSize { Val = "24" })),
            ParagraphStyle("Heading1", "heading 1", HeadingParagraph(0, "480"), new StyleRunProperties(new Bold(), new Color { Val = "0B3C6B" }, new FontSize { Val = "32" })),
            ParagraphStyle("Heading2", "heading 2", HeadingParagraph(1, "320"), new StyleRunProperties(new Bold(), new Color { Val = "0B3C6B" }, new FontSize { Val = "26" })),
            ParagraphStyle("Heading3", "heading 3", HeadingParagraph(2, "240"), new StyleRunProperties(new Bold(), new Color { Val = "1F4E79" }, new FontSize { Val = "22" })),
            ParagraphStyle("TOCHeading", "TOC Heading", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
                new StyleRunProperties(new Bold(), new Color { Val = "0B3C6B" }, new FontSize { Val = "28" })),
            ParagraphStyle("TOC1", "toc 1", new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }), new StyleRunProperties(new Bold())),
            ParagraphStyle("TOC2", "toc 2", new StyleParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "220" }), null),
            ParagraphStyle("TOC3", "toc 3", new StyleParagraphProperties(new SpacingBetweenLines { After = "20" }, new Indentation { Left = "440" }), null),
            ParagraphStyle("Caption", "caption", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
                new StyleRunProperties(new Bold(), new Color { Val = "1F4E79" }, new FontSize { Val = "18" })),
            ParagraphStyle("Figure", "Figure", new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), null),
            ParagraphStyle("Code", "Code", new StyleParagraphProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F4F6F8" }),
                new StyleRunProperties(new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", ComplexScript = "Consolas" })),
            ParagraphStyle("ListBullet", "List Bullet", new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }),
                new SpacingBetweenLines { After = "60" }, new Indentation { Left = "360", Hanging = "360" }), null),
            ParagraphStyle("TableHeading", "Table Heading", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), new StyleRunProperties(new Bold(), new FontSize { Val = "17" })),
            ParagraphStyle("TableText", "Table Text", new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }), new StyleRunProperties(new FontSize { Val = "17" })),
            ParagraphStyle("AfterTable", "After Table", new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }), null),
            new Style(
                new StyleName { Val = "Roadmap Table" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B8C4D0" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B8C4D0" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B8C4D0" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B8C4D0" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B8C4D0" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B8C4D0" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "RoadmapTable" });
    }

    private static StyleParagraphProperties HeadingParagraph(int outline, string before) =>
        new(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = before, After = "120" }, new OutlineLevel { Val = outline });

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        // Word refreshes the contents (page numbers) when it opens the file.
        part.Settings = new Settings(new DefaultTabStop { Val = 720 }, new UpdateFieldsOnOpen { Val = true }, new Compatibility(
            new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
    }
}
