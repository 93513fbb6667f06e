using System.Net;
using System.Text.RegularExpressions;

namespace Roadmap.Crawlers.Parsing;

/// <summary>Text clean-up shared by the parsers: entities decoded, every kind of white space collapsed to one space.</summary>
public static partial class PageText
{
    public static string Clean(string? text) =>
        text is null ? string.Empty : Spaces().Replace(WebUtility.HtmlDecode(text).Replace('\u00a0', ' '), " ").Trim();

    /// <summary>A table row's cells joined by spaces (an element's raw text would run the cells together).</summary>
    public static string RowText(AngleSharp.Dom.IElement element)
    {
        var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => Clean(c.TextContent)).Where(t => t.Length > 0).ToList();
        return cells.Count > 0 ? string.Join(' ', cells) : Clean(element.TextContent);
    }

    public static string? CleanOrNull(string? text) => Clean(text) is { Length: > 0 } clean ? clean : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
