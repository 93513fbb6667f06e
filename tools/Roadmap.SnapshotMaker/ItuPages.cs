using System.Text;
using System.Text.RegularExpressions;
using static System.Net.WebUtility;

namespace Roadmap.SnapshotMaker;

/// <summary>
/// Minimal rec.aspx-style pages and series listings: our own skeleton carrying the element ids the ITU-T parsers read,
/// filled with catalogue facts only (no summary text). The rec query value is the T-REC code, not itu.int's numeric id,
/// which the sample data does not have.
/// </summary>
internal static partial class ItuPages
{
    private const string Main = "ctl00_content_main_uc_rec_main_info1_rpt_main_ctl00_";

    public static string CodeOf(ItuRecord record) => record.Url!.TrimEnd('/').Split('/')[^1];

    public static string PathOf(ItuRecord record) => $"/ITU-T/recommendations/rec.aspx?rec={CodeOf(record)}&lang=en";

    public static string SeriesOf(string designation) => SeriesLetter().Match(designation).Groups[1].Value;

    // relaton writes Superseded and Withdrawn both as "Withdrawal": an edition with a newer one was superseded.
    public static string StatusWord(ItuRecord record, IReadOnlyList<ItuRecord> editions) => record.Status switch
    {
        "Published" => "In force",
        "Withdrawal" => editions.Any(e => string.CompareOrdinal(e.Date, record.Date) > 0) ? "Superseded" : "Withdrawn",
        _ => string.Empty,
    };

    public static string RecPage(ItuRecord record, IReadOnlyList<ItuRecord> editions)
    {
        var title = HtmlEncode(record.Title ?? record.Designation);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{HtmlEncode(record.DocId)}</title></head>\n<body><form id=\"aspnetForm\">\n");
        html.Append("<div id=\"ctl00_content_main_uc_rec_main_info1_div_rec_main_info\">\n<table>\n");
        html.Append($"<tr><td><h2><span id=\"{Main}lbl_rec\">{HtmlEncode(record.DocId)}</span></h2></td></tr>\n");
        html.Append($"<tr><td class=\"title\">{title}</td></tr>\n");
        if (record.Date is not null)
        {
            html.Append($"<tr><td class=\"cell_left\">Approval date:</td><td class=\"cell_right\"><span id=\"{Main}Label5\">{record.Date}</span></td></tr>\n");
        }

        html.Append($"<tr><td class=\"cell_left\">Status:</td><td class=\"cell_right\"><span id=\"{Main}Label7\">{StatusWord(record, editions)}</span></td></tr>\n");
        if (record.Committee is { } sg)
        {
            var (href, name) = sg == "TSAG" ? ("tsag", "TSAG") : ("t" + sg.ToLowerInvariant(), "ITU-T Study Group " + sg[2..]);
            html.Append($"<tr><td class=\"cell_left\">Maintenance responsibility:</td><td class=\"cell_right\"><span id=\"{Main}Label8\"><a href=\"https://www.itu.int/go/{href}\">{name}</a></span></td></tr>\n");
        }

        html.Append("</table>\n</div>\n<div id=\"ctl00_content_main_TabContainer1_tab_edition\">\n<table>\n");
        var row = 0;
        foreach (var edition in editions.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.DocId, StringComparer.Ordinal))
        {
            var prefix = $"ctl00_content_main_TabContainer1_tab_edition_uc_rec_details1_rpt_history_ctl{row++:D2}_";
            html.Append($"<tr><td><span id=\"{prefix}lbl_title\"><a href=\"./{HtmlEncode(PathOf(edition)[23..])}\">{HtmlEncode(edition.DocId["ITU-T ".Length..])}</a></span></td>");
            html.Append($"<td><span id=\"{prefix}lbl_status\">{StatusWord(edition, editions)}</span></td></tr>\n");
        }

        html.Append("</table>\n</div>\n</form></body></html>\n");
        return html.ToString();
    }

    public static string SeriesListing(string series, IEnumerable<IGrouping<string, ItuRecord>> recommendations)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ITU-T {series}-series Recommendations</title></head>\n<body>\n<table class=\"rec-list\">\n");
        foreach (var group in recommendations)
        {
            var newest = group.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.DocId, StringComparer.Ordinal).First();
            html.Append($"<tr><td><a href=\"{HtmlEncode(PathOf(newest))}\">{HtmlEncode(group.Key["ITU-T ".Length..])}</a></td><td>{HtmlEncode(newest.Title ?? string.Empty)}</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    [GeneratedRegex(@"^ITU-T ([A-Z])")]
    private static partial Regex SeriesLetter();
}
