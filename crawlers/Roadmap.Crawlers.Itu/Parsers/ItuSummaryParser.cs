using System.Text.RegularExpressions;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>
/// The summary page <c>dms_pubrec/…!!SUM-HTM-E.htm</c> (a Word export in windows-1252). It carries no status, so it
/// yields facts (designation, title, summary) rather than a document; the rec.aspx page is authoritative.
/// </summary>
public sealed partial class ItuSummaryParser : IPageParser
{
    public string Kind => PageKinds.ItuSummary;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        var heading = page.Text("title");
        var match = heading is null ? Match.Empty : Heading().Match(heading);
        if (heading is not null && !match.Success)
        {
            page.Problem("title 'Summary - ITU-T Rec. X (MM/YYYY) Title'", $"'{heading}' does not read as a summary title");
        }

        var body = page.Find("div.WordSection1", fatal: false) ?? page.Document.Body;
        var text = PageText.Clean(body?.TextContent);
        var summary = text.StartsWith("Summary", StringComparison.Ordinal) ? text["Summary".Length..].Trim() : text;
        var facts = new Dictionary<string, string>();
        if (match.Success)
        {
            facts["designation"] = "ITU-T " + match.Groups[1].Value;
            facts["title"] = match.Groups[2].Value.Trim();
        }

        if (summary.Length > 0)
        {
            facts["summary"] = summary;
        }

        return new ParsedPage { Kind = Kind, Url = url, Facts = facts, Problems = page.Problems };
    }

    [GeneratedRegex(@"^Summary - ITU-T Rec\. (.+?\(\d{2}/\d{4}\))\s*(.*)$")]
    private static partial Regex Heading();
}
