using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Roadmap.Crawlers.Parsing;

/// <summary>A parsed HTML page that remembers which selectors failed, so a parser reports layout drift precisely.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();
    private readonly List<ParseProblem> _problems = [];

    private HtmlPage(IDocument document) => Document = document;

    public IDocument Document { get; }

    public IReadOnlyList<ParseProblem> Problems => _problems;

    public static HtmlPage Parse(string html) => new(Parser.ParseDocument(html));

    /// <summary>The first element matching <paramref name="selector"/>; a miss is recorded (fatal unless said otherwise).</summary>
    public IElement? Find(string selector, bool fatal = true)
    {
        var element = Document.QuerySelector(selector);
        if (element is null)
        {
            _problems.Add(new ParseProblem(selector, "no element matches", fatal));
        }

        return element;
    }

    /// <summary>The cleaned text of the first match, or null (and a recorded problem) when nothing matches.</summary>
    public string? Text(string selector, bool fatal = true) => Find(selector, fatal) is { } element ? PageText.Clean(element.TextContent) : null;

    /// <summary>The value cell beside a label cell (<c>td.cell_left</c> "Status:" → its <c>td.cell_right</c>), matched by label text.</summary>
    public IElement? ValueBeside(string labelSelector, string label)
    {
        foreach (var cell in Document.QuerySelectorAll(labelSelector))
        {
            if (PageText.Clean(cell.TextContent).TrimEnd(':', ' ').Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return cell.NextElementSibling;
            }
        }

        return null;
    }

    public void Problem(string selector, string message, bool fatal = true) => _problems.Add(new ParseProblem(selector, message, fatal));
}
