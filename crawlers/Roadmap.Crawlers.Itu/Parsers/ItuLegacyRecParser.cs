using System.Text.RegularExpressions;
using Roadmap.Core.Committees.Attribution;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>
/// The legacy publication page <c>/rec/T-REC-{Rec}-{YYYYMM}-{I|S}</c> (iso-8859-1): no ids, so it is read from the
/// page title and the "Approved in" and "Status :" lines, with the edition taken from the URL's T-REC code.
/// </summary>
public sealed partial class ItuLegacyRecParser : IPageParser
{
    public string Kind => PageKinds.ItuRecLegacy;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        var heading = page.Text("title");
        var text = PageText.Clean(page.Document.Body?.TextContent);
        var approved = Approved().Match(text);
        var status = Status().Match(text);
        if (!status.Success)
        {
            page.Problem("text 'Status : …'", "no status line");
        }

        if (!approved.Success)
        {
            page.Problem("text 'Approved in YYYY-MM-DD'", "no approval line", fatal: false);
        }

        var code = ItuRecords.FromTRec(Uri.UnescapeDataString(url.AbsolutePath));
        if (code is null)
        {
            page.Problem("url T-REC-{Rec}-{YYYYMM}-{I|S}", $"'{url.AbsolutePath}' has no T-REC code");
        }

        var parts = heading?.Split(" : ", 2);
        if (parts is not [_, var title] || code is not { } trec || !status.Success)
        {
            if (heading is not null && parts is not [_, _])
            {
                page.Problem("title 'Rec : Title'", $"'{heading}' is not 'designation : title'");
            }

            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        var docid = $"ITU-T {ItuRecords.NumberFromUrlForm(trec.Number)} ({trec.Edition})";
        if (DesignationParser.Parse(docid).Value is not { } designation)
        {
            page.Problem("url T-REC code", $"'{docid}' is not an ITU-T designation");
            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        var read = new Edition
        {
            Id = designation.Display,
            Label = designation.Edition,
            Title = title.Trim(),
            Lifecycle = ItuRecords.Lifecycle(status.Groups[1].Value),
            Published = approved.Success && PartialDate.TryParse(approved.Groups[1].Value, out var date) ? date : null,
            Url = url.AbsoluteUri,
        };
        // The legacy page names no study group: the maintained table infers it, marked with its rule.
        var (edition, committees) = CommitteeAttribution.ItuT.Apply(designation.Body, designation.Key, read);
        return new ParsedPage
        {
            Kind = Kind,
            Url = url,
            Documents = [DocumentEditions.Create(designation.Key, designation.Body, ItuRecords.KindOf(designation), [edition])],
            Committees = committees,
            Problems = page.Problems,
        };
    }

    [GeneratedRegex(@"Approved in (\d{4}-\d{2}-\d{2})")]
    private static partial Regex Approved();

    [GeneratedRegex(@"Status :\s*(In force|Superseded|Withdrawn)", RegexOptions.IgnoreCase)]
    private static partial Regex Status();
}
