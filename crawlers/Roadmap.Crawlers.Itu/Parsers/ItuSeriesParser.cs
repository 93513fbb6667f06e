using System.Text.RegularExpressions;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>
/// A series listing (<c>/rec/T-REC-X/en</c>) or one Recommendation's edition list (<c>/rec/T-REC-X.1401/en</c>): every
/// link to a Recommendation page becomes a link to follow, labelled with its row's text for the range filter.
/// </summary>
public sealed partial class ItuSeriesParser : IPageParser
{
    private const string ItemLinks = "a[href*='rec.aspx?rec='], a[href*='T-REC-']";

    public string Kind => PageKinds.ItuSeries;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        var links = new List<PageLink>();
        foreach (var anchor in page.Document.QuerySelectorAll(ItemLinks))
        {
            if (!Uri.TryCreate(url, anchor.GetAttribute("href"), out var target) || target.AbsoluteUri == url.AbsoluteUri)
            {
                continue;
            }

            var kind = target.Query.Contains("rec=", StringComparison.OrdinalIgnoreCase) ? PageKinds.ItuRec
                : Dated().IsMatch(target.AbsolutePath) ? PageKinds.ItuRecLegacy
                : PageKinds.ItuSeries;
            var row = anchor.Closest("tr") ?? anchor.ParentElement;
            links.Add(new PageLink(target, kind, PageText.RowText(row ?? anchor)));
        }

        if (links.Count == 0)
        {
            page.Problem(ItemLinks, "the listing has no Recommendation links");
        }

        return new ParsedPage { Kind = Kind, Url = url, Links = links.DistinctBy(l => l.Url.AbsoluteUri).ToList(), ListedItems = links.Count, Problems = page.Problems };
    }

    [GeneratedRegex(@"T-REC-.+-\d{6}-[IS]")]
    private static partial Regex Dated();
}
