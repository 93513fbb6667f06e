using System.Globalization;
using System.Net;
using System.Text;
using Roadmap.Reports.Rendering;

namespace Roadmap.Reports.Charts;

/// <summary>Writes a laid-out chart as inline SVG (no external fonts or styles, so the HTML stays self-contained).</summary>
internal static class SvgChart
{
    public static string Render(ChartCanvas canvas, string title)
    {
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {canvas.Width} {canvas.Height}\" width=\"{canvas.Width}\" height=\"{canvas.Height}\" role=\"img\" aria-label=\"{Escape(title)}\" font-family=\"Helvetica, Arial, sans-serif\">\n");
        svg.Append(inv, $"<rect x=\"0\" y=\"0\" width=\"{canvas.Width}\" height=\"{canvas.Height}\" fill=\"#ffffff\"/>\n");
        foreach (var shape in canvas.Shapes)
        {
            switch (shape)
            {
                case RectShape r:
                    svg.Append(inv, $"<rect x=\"{r.X}\" y=\"{r.Y}\" width=\"{r.Width}\" height=\"{r.Height}\" fill=\"{r.Fill}\"");
                    if (r.Stroke is { } stroke)
                    {
                        svg.Append(inv, $" stroke=\"{stroke}\"");
                    }

                    Close(svg, r.Tooltip, "rect");
                    break;
                case CircleShape c:
                    svg.Append(inv, $"<circle cx=\"{c.Cx}\" cy=\"{c.Cy}\" r=\"{c.Radius}\" fill=\"{c.Fill}\"");
                    Close(svg, c.Tooltip, "circle");
                    break;
                case TextShape t:
                    var anchor = t.Anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => "start" };
                    svg.Append(inv, $"<text x=\"{t.X}\" y=\"{t.Y}\" font-size=\"{t.Size}\" fill=\"{t.Color}\" text-anchor=\"{anchor}\">{Escape(t.Text)}</text>\n");
                    break;
                default:
                    throw new NotSupportedException($"no SVG for {shape.GetType().Name}");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Close(StringBuilder svg, string? tooltip, string element) =>
        svg.Append(tooltip is null ? "/>\n" : $"><title>{Escape(tooltip)}</title></{element}>\n");

    private static string Escape(string text) => WebUtility.HtmlEncode(XmlChars.Strip(text));
}
