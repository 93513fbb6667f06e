using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Roadmap.Reports.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;

namespace Roadmap.Reports.Rendering;

public sealed partial class DocxRenderer
{
    private const long EmuPerPixel = 9525; // at 96 dpi
    private const long EmuPerTwip = 635;
    private const int MaxFigureHeight = (PageHeight - (2 * PageMargin)) * 85 / 100;

    // The Office 2016 blip extension that carries an SVG beside the PNG fallback.
    private const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    /// <summary>
    /// An inline picture of the chart at its SVG size, shrunk to the text width and page height: the PNG for every reader,
    /// with the SVG in an <c>asvg:svgBlip</c> extension that Word 2016 and later (and LibreOffice) draw instead.
    /// </summary>
    private static Drawing Image(string relationshipId, string svgRelationshipId, uint id, ReportFigure figure, int width, int height)
    {
        var cx = width * EmuPerPixel;
        var cy = height * EmuPerPixel;
        var max = TextWidth * EmuPerTwip;
        if (cx > max)
        {
            cy = cy * max / cx;
            cx = max;
        }

        // A tall chart (a heat map of every topic) is shrunk to the page too, leaving room for its caption.
        var maxHeight = MaxFigureHeight * EmuPerTwip;
        if (cy > maxHeight)
        {
            cx = cx * maxHeight / cy;
            cy = maxHeight;
        }

        var name = XmlChars.Strip(figure.Id) + ".png";
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = XmlChars.Strip(figure.Id), Description = XmlChars.Strip(figure.Caption) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = name },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(
                        new A.Blip(new A.BlipExtensionList(new A.BlipExtension(new SVG.SVGBlip { Embed = svgRelationshipId }) { Uri = SvgBlipExtension })) { Embed = relationshipId },
                        new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }
}
