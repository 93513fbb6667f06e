using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Iso.Parsers;

/// <summary>
/// A committee catalogue (<c>/committee/{id}/x/catalogue/p/{0|1}/u/{0|1}/w/{0|1}/d/{0|1}</c>): the table
/// <c>#datatable-tc-projects</c>, one row per standard or project, each linking its <c>/standard/{id}.html</c> page.
/// </summary>
public sealed class IsoCatalogueParser : IPageParser
{
    private const string Table = "#datatable-tc-projects";
    private const string Rows = Table + " tbody tr";

    public string Kind => PageKinds.IsoCatalogue;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        if (page.Find(Table) is null)
        {
            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        var rows = page.Document.QuerySelectorAll(Rows);
        var links = new List<PageLink>();
        foreach (var row in rows)
        {
            var anchor = row.QuerySelector("a[href*='/standard/']");
            if (anchor is not null && Uri.TryCreate(url, anchor.GetAttribute("href"), out var target))
            {
                links.Add(new PageLink(target, PageKinds.IsoStandard, PageText.RowText(row)));
            }
        }

        if (rows.Length > 0 && links.Count == 0)
        {
            page.Problem(Rows + " a[href*='/standard/']", "rows have no standard links");
        }

        return new ParsedPage { Kind = Kind, Url = url, Links = links.DistinctBy(l => l.Url.AbsoluteUri).ToList(), ListedItems = rows.Length, Problems = page.Problems };
    }
}
