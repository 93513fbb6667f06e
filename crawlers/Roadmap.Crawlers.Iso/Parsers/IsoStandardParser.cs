using System.Text.RegularExpressions;
using Roadmap.Core.Committees;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Crawlers.Parsing;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Crawlers.Iso.Parsers;

/// <summary>
/// An iso.org standard page (<c>/standard/{id}.html</c>): reference, title, status, stage, publication month, edition,
/// committee, ICS, and the life cycle's "Previously" / "Will be replaced by" steps as relations.
/// </summary>
public sealed partial class IsoStandardParser : IPageParser
{
    public string Kind => PageKinds.IsoStandard;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        var reference = page.Text("[itemprop=name]:not(meta)");
        var title = page.Text("h1.stdTitle span.lead");
        var stage = page.Text("#stageId a");
        var status = page.Text("#publicationStatus span", fatal: false);
        var month = page.Text("#publicationDate span[itemprop=releaseDate]", fatal: false);
        var id = page.Document.QuerySelector("[itemprop=productID]")?.TextContent.Trim();
        if (reference is null || title is null || stage is null)
        {
            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        if (DesignationParser.Parse(reference).Value is not { } designation)
        {
            page.Problem("[itemprop=name]", $"'{reference}' is not an ISO reference");
            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        if (!IsoStages.TryMap(stage, out var lifecycle))
        {
            page.Problem("#stageId a", $"'{stage}' is not a harmonized stage code");
            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        var (committee, committeeId) = Committee(page);
        var edition = new Edition
        {
            Id = designation.Display,
            Label = EditionNumber(page),
            Title = title,
            Lifecycle = lifecycle!,
            Published = PartialDate.TryParse(month, out var date) ? date : null,
            CommitteeKey = committee,
            Scope = PageText.CleanOrNull(page.Document.QuerySelector("[itemprop=description]")?.TextContent),
            Ics = [.. Ics(page)],
            Stages = IsoStageHistory.Steps(page),
            SourceId = id is { Length: > 0 } ? "iso:" + id : null,
            Url = id is { Length: > 0 } ? $"https://www.iso.org/standard/{id}.html" : url.AbsoluteUri,
        };
        var committees = committee is null ? [] : IsoCommittees.WithAncestors(committee)
            .Select(c => c.Key == committee && committeeId is not null ? c with { SourceId = committeeId } : c).ToList();
        var facts = status is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["status"] = status };
        return new ParsedPage
        {
            Kind = Kind,
            Url = url,
            Documents = [DocumentEditions.Create(designation.Key, designation.Body, KindOf(designation), [edition])],
            Committees = committees,
            Relations = IsoLifecycleSteps.Relations(page, designation.Key),
            Facts = facts,
            Problems = page.Problems,
        };
    }

    private static (string? Key, string? Id) Committee(HtmlPage page)
    {
        var label = page.Document.QuerySelectorAll("div.entry-label")
            .FirstOrDefault(l => l.TextContent.Contains("Technical Committee", StringComparison.OrdinalIgnoreCase));
        var anchor = label?.ParentElement?.QuerySelector(".entry-name a") ?? page.Document.QuerySelector("a[href^='/committee/']");
        if (anchor is null)
        {
            page.Problem("div.entry-label 'Technical Committee' + .entry-name a", "no committee", fatal: false);
            return (null, null);
        }

        var id = CommitteeId().Match(anchor.GetAttribute("href") ?? string.Empty);
        return (CommitteeKeys.Normalize(PageText.Clean(anchor.TextContent)), id.Success ? id.Groups[1].Value : null);
    }

    private static string? EditionNumber(HtmlPage page) =>
        page.Document.QuerySelectorAll("div.entry-label")
            .Where(l => PageText.Clean(l.TextContent) == "Edition")
            .Select(l => PageText.Clean(l.ParentElement?.TextContent).Replace("Edition", string.Empty, StringComparison.Ordinal).Trim(' ', ':'))
            .FirstOrDefault(v => v.Length > 0);

    // The general-information list holds the page's own ICS codes; elsewhere ICS links may belong to related items.
    private static IEnumerable<string> Ics(HtmlPage page)
    {
        AngleSharp.Dom.IParentNode scope = page.Document.QuerySelector("ul.refine") is { } refine ? refine : page.Document;
        return scope.QuerySelectorAll("a[href^='/ics/']").Select(a => PageText.Clean(a.TextContent)).Where(t => t.Length > 0).Distinct();
    }

    private static DocumentKind KindOf(Designation designation) => designation switch
    {
        { Supplement.Type: var t } when t.StartsWith("Amd", StringComparison.OrdinalIgnoreCase) => DocumentKind.Amendment,
        { Supplement.Type: var t } when t.StartsWith("Cor", StringComparison.OrdinalIgnoreCase) => DocumentKind.Corrigendum,
        { Supplement: not null } => DocumentKind.Supplement,
        { Type: "TS" } => DocumentKind.TechnicalSpecification,
        { Type: "TR" } => DocumentKind.TechnicalReport,
        { Type: "PAS" } => DocumentKind.PubliclyAvailableSpecification,
        { Type: "Guide" } => DocumentKind.Guide,
        _ => DocumentKind.Standard,
    };

    [GeneratedRegex(@"/committee/(\d+)")]
    private static partial Regex CommitteeId();
}
