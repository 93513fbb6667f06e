using System.Globalization;
using Roadmap.Core.Gaps;
using Roadmap.Core.Wording;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private static ReportSection GapsPart(BuildContext context)
    {
        var gaps = context.Edition.Gaps;
        var open = gaps.Count(g => g.Status == GapStatus.Open);
        var addressed = gaps.Count(g => g.Status == GapStatus.Addressed);
        var blocks = new List<ReportBlock>
        {
            new Paragraph($"The analysis finds {Counted.Words(open, "open gap")} and {Counted.Words(addressed, "addressed gap")} (work in development addresses a gap), " +
                "listed by priority (formula in the method section). Annex G gives each gap with its statement, priority terms, evidence, work in progress and suggested owner."),
            new ReportTable(GapsByPriority, ["Gap", "Topic", "Kind", "Status", "Priority", "Suggested owner"],
                [.. gaps.Select((g, i) => (IReadOnlyList<string>)[GapNumber(i + 1), context.TopicName(g.TopicId), KindWords(g), g.Status.ToString(), Text.Score(g.Priority), g.SuggestedOwner ?? Text.None])]),
        };
        if (context.Edition.SetAside.Count > 0)
        {
            blocks.Add(new ReportTable("Gaps closed or dismissed by editors", ["Gap", "Topic", "Status", "Last note"],
                [.. context.Edition.SetAside.Select(g => (IReadOnlyList<string>)[g.Id, context.TopicName(g.TopicId), g.Status.ToString(), (g.Notes.Count > 0 ? g.Notes[^1].Text : Text.None)])]));
        }

        return new ReportSection { Id = "part-4-gaps", Title = "Part 4 — Gaps", Level = 1, Blocks = blocks, Sections = [Proposals(context)] };
    }

    /// <summary>Annex G: each gap of Part 4 in full, numbered as in Part 4's table.</summary>
    private static ReportSection GapDetailsAnnex(BuildContext context) => new()
    {
        Id = "annex-g-gaps",
        Title = "Annex G — Gaps in detail",
        Level = 2,
        Blocks = [new Paragraph("Each gap of Part 4, in the same order and numbering: the statement, the priority with its terms, the evidence, the work in progress and the suggested owner.")],
        Sections = [.. context.Edition.Gaps.Select((gap, i) => GapSection(context, gap, i + 1))],
    };

    private const string GapsByPriority = "Gaps by priority";
    private const string NewWorkProposals = "New work proposals";

    private static string GapNumber(int number) => "G" + number.ToString(CultureInfo.InvariantCulture);

    private static ReportSection GapSection(BuildContext context, Gap gap, int number)
    {
        var blocks = new List<ReportBlock>
        {
            new Paragraph(gap.Statement),
            new Paragraph($"Gap {gap.Id} · topic {gap.TopicId} · kind {gap.Kind} · status {gap.Status} · priority {Text.Score(gap.Priority)}."),
        };
        if (gap.PriorityBreakdown is { } breakdown)
        {
            blocks.Add(new ReportTable($"{GapNumber(number)} priority breakdown: {breakdown.Formula}", ["Term", "Value", "Coefficient", "Explanation"],
                [.. breakdown.Terms.Select(t => (IReadOnlyList<string>)[t.Name, Text.Ratio(t.Value), Text.Ratio(t.Coefficient), t.Explanation])]));
        }

        blocks.Add(gap.Evidence.Count == 0
            ? new Paragraph("Evidence: no document bears on the topic.")
            : new ReportTable($"{GapNumber(number)} evidence", ["Document", "Mapping", "Confidence", "State"],
                [.. gap.Evidence.Select(e => (IReadOnlyList<string>)[e.DocumentKey, e.Mapping.ToString(), Text.Ratio(e.Confidence), e.State ?? Text.None])]));
        blocks.Add(gap.WorkInProgress.Count == 0
            ? new Paragraph("Work in progress: none.")
            : new BulletList([.. gap.WorkInProgress.Select(k => "Work in progress: " + Describe(context, k))]));
        blocks.Add(new Paragraph(gap.SuggestedOwner is null
            ? "Suggested ITU-T study group or Question: none named by the taxonomy."
            : $"Suggested ITU-T study group, Question or committee: {gap.SuggestedOwner}" + (gap.SuggestedOwnerMandate is { } mandate ? $" (mandate: {mandate})" : string.Empty)));
        if (gap.Notes.Count > 0)
        {
            blocks.Add(new BulletList([.. gap.Notes.Select(n => $"Note by {n.Author} ({Text.Time(n.At)}): {n.Text}")]));
        }

        return new ReportSection { Id = Text.Slug(gap.Id), Title = $"{GapNumber(number)} {context.TopicName(gap.TopicId)}", Level = 3, Blocks = blocks };
    }

    private static string Describe(BuildContext context, string key) =>
        context.Edition.Landscape.TryGetValue(key, out var document) ? $"{document.EditionId}, {document.Document.Title} ({Text.Status(document)})" : key;

    private static ReportSection Proposals(BuildContext context)
    {
        var open = context.Edition.Gaps.Where(g => g.Status == GapStatus.Open).ToList();
        var addressed = context.Edition.Gaps.Where(g => g.Status == GapStatus.Addressed).ToList();
        return new ReportSection
        {
            Id = "new-work-proposals",
            Title = "New work proposals and future needs",
            Level = 2,
            Blocks =
            [
                new Paragraph("Each open gap is a candidate new work item for the committee whose mandate covers it; addressed gaps are future needs to follow until their work is published."),
                new ReportTable(NewWorkProposals, ["Priority", "Proposal", "Proposed to", "Justification"],
                    [.. open.Select(g => (IReadOnlyList<string>)[Text.Score(g.Priority), $"New work item on {context.TopicName(g.TopicId)}", g.SuggestedOwner ?? Text.None, g.Statement])]),
                new ReportTable("Future needs (work under way)", ["Topic", "Work in development", "Follow-up"],
                    [.. addressed.Select(g => (IReadOnlyList<string>)[context.TopicName(g.TopicId), string.Join(", ", g.WorkInProgress), g.SuggestedOwner is { } o ? $"{o} to follow until publication" : "follow until publication"])]),
            ],
        };
    }
}
