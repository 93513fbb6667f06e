using Roadmap.Core.Committees;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>
/// A work item (<c>wp_item.aspx?isn=N</c>): the "under development" half of ITU-T. Rows are label/value cell pairs
/// ("Work item:", "Question:", "Status:", "Timing:", "Editor(s):", "Subject/title:", "Summary:", and where given
/// "Registered:" and "Recommendation:"). The registration date starts the item's stage history, so a past view knows
/// the work was underway; an approved item names its Recommendation, which replaces it in the graph.
/// </summary>
public sealed class ItuWorkItemParser : IPageParser
{
    private const string Labels = "td.label, th";

    public string Kind => PageKinds.ItuWorkItem;

    public ParsedPage Parse(string html, Uri url)
    {
        var page = HtmlPage.Parse(html);
        string? Field(string label, bool required)
        {
            var value = PageText.CleanOrNull(page.ValueBeside(Labels, label)?.TextContent);
            if (value is null)
            {
                page.Problem($"{Labels} '{label}:'", $"no '{label}' row", required);
            }

            return value;
        }

        var name = Field("Work item", true);
        var status = Field("Status", true);
        var question = Field("Question", false);
        var title = Field("Subject/title", false) ?? name;
        var timing = Field("Timing", false);
        var editors = Field("Editor(s)", false);
        var summary = Field("Summary", false);
        // Rows only some items have: their absence is no problem with the page.
        var registered = PageText.CleanOrNull(page.ValueBeside(Labels, "Registered")?.TextContent);
        var approvedAs = PageText.CleanOrNull(page.ValueBeside(Labels, "Recommendation")?.TextContent);
        if (name is null || status is null)
        {
            return new ParsedPage { Kind = Kind, Url = url, Problems = page.Problems };
        }

        var questionKey = question is null ? null : CommitteeKeys.Normalize("ITU-T " + question.Split(' ')[0]);
        var committees = questionKey is null ? new List<Committee>() : [new Committee { Key = questionKey, Body = ItuRecords.Body, ParentKey = CommitteeKeys.ParentOf(questionKey) }];
        if (committees is [{ ParentKey: { } parent }])
        {
            committees.Add(new Committee { Key = parent, Body = ItuRecords.Body });
        }

        var key = "ITU-T " + name;
        var isn = System.Web.HttpUtility.ParseQueryString(url.Query)["isn"];
        var lifecycle = ItuRecords.Lifecycle(status);
        var recommendation = approvedAs is null ? null : DesignationParser.Parse("ITU-T " + approvedAs).Value;
        var edition = new Edition
        {
            Id = key,
            Title = title!,
            // An approved item lives on as its Recommendation: the item itself is superseded by it, not a second text in force.
            Lifecycle = recommendation is not null && lifecycle.IsInForce ? new DocumentLifecycle(LifecycleStage.Superseded, lifecycle.Scheme, lifecycle.Code) : lifecycle,
            Stages = PartialDate.TryParse(registered, out var since) ? [new StageStep(ItuStatuses.Map("Under study"), since)] : [],
            CommitteeKey = questionKey,
            Scope = summary,
            SourceId = isn is null ? null : "itu-t-wi:" + isn,
            Url = url.AbsoluteUri,
        };
        var facts = new Dictionary<string, string>();
        AddIf(facts, "timing", timing);
        AddIf(facts, "editors", editors);
        return new ParsedPage
        {
            Kind = Kind,
            Url = url,
            Documents = [DocumentEditions.Create(key, ItuRecords.Body, DocumentKind.WorkItem, [edition])],
            Committees = committees,
            Relations = recommendation is null ? [] : [new DocumentRelation(key, RelationType.ReplacedBy, recommendation.Key) { Source = "itu-t-wp" }],
            Facts = facts,
            Problems = page.Problems,
        };
    }

    private static void AddIf(Dictionary<string, string> facts, string name, string? value)
    {
        if (value is not null)
        {
            facts[name] = value;
        }
    }
}
