using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>The work programme search results (<c>wp_search.aspx</c>): one row per work item, linking <c>wp_item.aspx?isn=N</c>.</summary>
public sealed class ItuWorkProgrammeParser : IPageParser
{
    private const string ItemLinks = "a[href*='wp_item.aspx?isn=']";

    public string Kind => PageKinds.ItuWorkProgramme;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        var links = page.Document.QuerySelectorAll(ItemLinks)
            .Select(a => Uri.TryCreate(url, a.GetAttribute("href"), out var target)
                ? new PageLink(target, PageKinds.ItuWorkItem, PageText.RowText(a.Closest("tr") ?? a))
                : null)
            .OfType<PageLink>()
            .DistinctBy(l => l.Url.AbsoluteUri)
            .ToList();
        if (links.Count == 0)
        {
            page.Problem(ItemLinks, "the work programme lists no work items");
        }

        // Further result pages are plain links here; the live page pages by postback, which a crawler cannot follow.
        var more = page.Document.QuerySelectorAll("a[href*='wp_search.aspx']")
            .Select(a => Uri.TryCreate(url, a.GetAttribute("href"), out var target) ? target : null)
            .Where(t => t is not null && t.AbsoluteUri != url.AbsoluteUri)
            .Select(t => new PageLink(t!, PageKinds.ItuWorkProgramme));
        return new ParsedPage { Kind = Kind, Url = url, Links = [.. links, .. more], ListedItems = links.Count, Problems = page.Problems };
    }
}
