using System.Text.RegularExpressions;
using Roadmap.Core.Committees.Attribution;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>
/// <c>rec.aspx?rec=N</c>: one edition of a Recommendation (ASP.NET WebForms page with stable ids). Yields that edition
/// only; the other editions in its Editions tab are links, each read from its own page, so facts never flip-flop.
/// </summary>
public sealed partial class ItuRecParser : IPageParser
{
    private const string Main = "#ctl00_content_main_uc_rec_main_info1_rpt_main_ctl00_";

    public string Kind => PageKinds.ItuRec;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        var docid = page.Text(Main + "lbl_rec");
        var title = page.Text("#ctl00_content_main_uc_rec_main_info1_div_rec_main_info td.title");
        var status = page.Text(Main + "Label7");
        var approved = page.Text(Main + "Label5", fatal: false);
        var sgLink = page.Find(Main + "Label8 a", fatal: false);
        var internalId = page.Document.QuerySelector("input#ctl00_content_main_uc_rec_main_info1_txt_idrec")?.GetAttribute("value");
        var summary = PageText.CleanOrNull(page.Document.QuerySelector("#ctl00_content_main_uc_rec_main_info1_div_rec_main_info div.summary")?.TextContent);
        var links = EditionLinks(page, url);
        if (docid is null || title is null || status is null)
        {
            return new ParsedPage { Kind = Kind, Url = url, Links = links, Problems = page.Problems };
        }

        if (DesignationParser.Parse(docid).Value is not { } designation)
        {
            page.Problem(Main + "lbl_rec", $"'{docid}' is not an ITU-T designation");
            return new ParsedPage { Kind = Kind, Url = url, Links = links, Problems = page.Problems };
        }

        var committee = ItuRecords.StudyGroup(sgLink?.GetAttribute("href"), sgLink?.TextContent);
        var read = new Edition
        {
            Id = designation.Display,
            Label = designation.Edition,
            Title = title,
            Lifecycle = ItuRecords.Lifecycle(status),
            Published = PartialDate.TryParse(approved, out var date) ? date : null,
            CommitteeKey = committee?.Key,
            Scope = summary,
            SourceId = internalId is { Length: > 0 } ? "itu-t:" + internalId : null,
            Url = url.AbsoluteUri,
        };
        // Only when the page links no study group: the maintained table infers one, marked with its rule.
        var (edition, inferred) = CommitteeAttribution.ItuT.Apply(designation.Body, designation.Key, read);
        return new ParsedPage
        {
            Kind = Kind,
            Url = url,
            Documents = [DocumentEditions.Create(designation.Key, designation.Body, ItuRecords.KindOf(designation), [edition])],
            Committees = committee is null ? inferred : [committee],
            Relations = IdenticalTexts(page, designation.Key),
            Links = links,
            Problems = page.Problems,
        };
    }

    // "ISO/IEC 17788:2014 (Common)": a common text; "(Twin)": twin texts; otherwise an identical text.
    private static List<DocumentRelation> IdenticalTexts(HtmlPage page, string key)
    {
        var cell = page.ValueBeside("td.cell_left", "Identical standard");
        var relations = new List<DocumentRelation>();
        foreach (Match match in IdenticalEntry().Matches(PageText.Clean(cell?.TextContent)))
        {
            if (DesignationParser.Parse(match.Groups[1].Value).Value is { } target)
            {
                var type = match.Groups[2].Value switch
                {
                    "Common" => RelationType.CommonText,
                    "Twin" => RelationType.Twin,
                    _ => RelationType.IdenticalTo,
                };
                relations.Add(new DocumentRelation(key, type, target.Key) { Source = "itu-t" });
            }
        }

        return relations;
    }

    private static List<PageLink> EditionLinks(HtmlPage page, Uri url) =>
        page.Document.QuerySelectorAll("[id*='rpt_history_ctl'][id$='_lbl_title'] a[href]")
            .Select(a => Uri.TryCreate(url, a.GetAttribute("href"), out var target) ? target : null)
            .Where(target => target is not null && target.AbsoluteUri != url.AbsoluteUri)
            .Select(target => new PageLink(target!, PageKinds.ItuRec))
            .ToList();

    [GeneratedRegex(@"((?:ISO|IEC)[^,;()]*?\d[^,;()]*?)\s*(?:\((Common|Twin)[^)]*\))?(?=[,;]|$)")]
    private static partial Regex IdenticalEntry();
}
