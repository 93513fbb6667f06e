using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Roadmap.SnapshotMaker;

/// <summary>
/// Minimal iso.org-style standard pages and a committee catalogue: our own skeleton carrying the ids, classes and
/// microdata the ISO parsers read, filled with Open Data facts only (no abstract).
/// </summary>
internal static class IsoPages
{
    /// <summary>iso.org committee ids the sample data knows (shared/sdo README); only these get a catalogue page.</summary>
    public static readonly IReadOnlyDictionary<string, long> CommitteeIds = new Dictionary<string, long> { ["ISO/TC 307"] = 6266604 };

    public static string PathOf(long id) => $"/standard/{id.ToString(CultureInfo.InvariantCulture)}.html";

    public static string CataloguePath(long committeeId) => $"/committee/{committeeId.ToString(CultureInfo.InvariantCulture)}/x/catalogue/p/1/u/1/w/0/d/0";

    public static string StageCode(int stage) => string.Create(CultureInfo.InvariantCulture, $"{stage / 100:D2}.{stage % 100:D2}");

    // The four status words iso.org shows.
    public static string StatusWord(int stage) => stage switch
    {
        _ when stage % 100 == 98 => "Deleted",
        9599 => "Withdrawn",
        >= 6060 => "Published",
        _ => "Under development",
    };

    public static string StandardPage(IsoRecord record, IReadOnlyDictionary<string, long> idsByReference)
    {
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{HtmlEncode(record.Reference)}</title></head>\n<body>\n");
        html.Append($"<div itemscope itemtype=\"https://schema.org/Product\" class=\"its-standard-container\" id=\"its-standard-{id}\">\n");
        html.Append($"<div class=\"visually-hidden\" itemprop=\"name\">{HtmlEncode(record.Reference)}</div>\n<div class=\"visually-hidden\" itemprop=\"productID\">{id}</div>\n");
        html.Append($"<h1 class=\"stdTitle\"><span class=\"d-block\">{HtmlEncode(record.Reference)}</span><span class=\"lead d-block\">{HtmlEncode(record.Title.En ?? record.Reference)}</span></h1>\n");
        html.Append("<ul class=\"refine\">\n<li>\n");
        html.Append($"<div id=\"publicationStatus\"><div class=\"entry-label\">Status</div> : <span>{StatusWord(record.Stage)}</span></div>\n");
        if (record.Sidecar?.PublishedMonth is { } month)
        {
            html.Append($"<div id=\"publicationDate\"><div class=\"entry-label\">Publication date</div> : <span itemprop=\"releaseDate\">{month}</span></div>\n");
        }

        html.Append($"<div id=\"stageId\"><div class=\"entry-label\">Stage</div> : [<a class=\"page-scroll\" href=\"#lifecycle\">{StageCode(record.Stage)}</a>]</div>\n</li>\n");
        if (record.Edition is { } edition)
        {
            html.Append($"<li><div><div class=\"entry-label\">Edition</div> : {edition.ToString(CultureInfo.InvariantCulture)}</div></li>\n");
        }

        if (record.Committee is { } committee)
        {
            var href = CommitteeIds.TryGetValue(committee, out var committeeId) ? $" href=\"/committee/{committeeId.ToString(CultureInfo.InvariantCulture)}.html\"" : string.Empty;
            html.Append($"<li><div><div class=\"entry-label\">Technical Committee :</div><span class=\"entry-name\"><a{href}>{HtmlEncode(committee)}</a></span></div>\n");
        }
        else
        {
            html.Append("<li>\n");
        }

        html.Append("<div><div class=\"entry-label\">ICS :</div><span class=\"entry-name\">");
        foreach (var ics in record.Ics ?? [])
        {
            html.Append($"<a href=\"/ics/{ics}.html\">{ics}</a> ");
        }

        html.Append("</span></div></li>\n</ul>\n</div>\n<section id=\"lifecycle\"><div class=\"lifecycle\"><ul class=\"steps\">\n");
        Step(html, "Previously", record.Replaces, idsByReference);
        html.Append($"<li class=\"time-step\"><h4>Now</h4><div class=\"step\"><h5>{HtmlEncode(record.Reference)}</h5></div></li>\n");
        Step(html, "Will be replaced by", record.ReplacedBy, idsByReference);
        html.Append("</ul></div></section>\n</body></html>\n");
        return html.ToString();
    }

    public static string Catalogue(string committee, IEnumerable<IsoRecord> records)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{HtmlEncode(committee)} catalogue</title></head>\n<body>\n");
        html.Append("<table id=\"datatable-tc-projects\">\n<thead><tr><th>Standard and/or project</th><th>Stage</th><th>ICS</th></tr></thead>\n<tbody>\n");
        foreach (var record in records)
        {
            html.Append($"<tr><td><a href=\"{PathOf(record.Id)}\">{HtmlEncode(record.Reference)}</a><div class=\"entry-summary\">{HtmlEncode(record.Title.En ?? string.Empty)}</div></td>");
            html.Append($"<td>{StageCode(record.Stage)}</td><td>{string.Join(' ', record.Ics ?? [])}</td></tr>\n");
        }

        html.Append("</tbody></table>\n</body></html>\n");
        return html.ToString();
    }

    private static void Step(StringBuilder html, string heading, List<string>? references, IReadOnlyDictionary<string, long> ids)
    {
        if (references is not { Count: > 0 })
        {
            return;
        }

        html.Append($"<li class=\"time-step\"><h4>{heading}</h4><div class=\"step\">");
        foreach (var reference in references)
        {
            var text = HtmlEncode(reference);
            html.Append(ids.TryGetValue(reference, out var id) ? $"<h5><a href=\"{PathOf(id)}\">{text}</a></h5>" : $"<h5>{text}</h5>");
        }

        html.Append("</div></li>\n");
    }
}
