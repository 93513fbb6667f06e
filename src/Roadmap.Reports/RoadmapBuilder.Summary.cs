using Roadmap.Core.Gaps;
using Roadmap.Core.Wording;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private const int SummaryGaps = 3;
    private const int SummaryLiaisons = 3;
    private const int SummaryNames = 5;

    /// <summary>
    /// The executive summary at the front: the key findings in full sentences, written from the same data as the parts
    /// behind them (the highest-priority gaps, the topics a perspective body has no work on, the strongest liaison needs,
    /// what changed since the previous edition), so a reader who stops here has the edition's message.
    /// </summary>
    private static ReportSection ExecutiveSummary(BuildContext context, EditionView previous, DateOnly since)
    {
        var edition = context.Edition;
        var documents = edition.Landscape.Values.ToList();
        var bodies = documents.Select(d => d.Body).Distinct(StringComparer.Ordinal).Count();
        var open = edition.Gaps.Count(g => g.Status == GapStatus.Open);
        var addressed = edition.Gaps.Count(g => g.Status == GapStatus.Addressed);
        var gone = documents.Count(d => d.Gone);
        IReadOnlyList<string> states =
        [
            $"{Text.Number(documents.Count(d => d.InForce))} published", $"{Text.Number(documents.Count(d => d.Ongoing))} in development",
            .. gone > 0 ? [$"{Text.Number(gone)} superseded or withdrawn"] : Array.Empty<string>(),
        ];
        var blocks = new List<ReportBlock>
        {
            new Paragraph($"This edition describes the landscape as of {Text.Date(edition.Date)}: {Counted.Of(documents.Count, "classified document")} from " +
                $"{Counted.Of(bodies, "body")}, {Text.Join(states)}. The analysis finds {Counted.Words(open, "open gap")} and " +
                $"{Counted.Words(addressed, "gap")} already addressed by work in development, and recommends {Counted.Words(edition.Liaisons.Count(l => l.Existing is null), "new liaison")}."),
        };
        blocks.AddRange(TopGaps(context));
        blocks.AddRange(context.Taxonomy.Settings.Gaps.Perspectives.Select(p => new Paragraph(PerspectiveFinding(context, p.Body))));
        blocks.Add(new Paragraph(LiaisonFinding(context)));
        blocks.Add(new Paragraph(ChangeFinding(previous, edition, since)));
        blocks.Add(new Paragraph("Part 4 ranks every gap and Annex G gives each with its evidence and priority terms; the overlaps section gives every liaison recommendation and the section on what changed every new or changed document and gap. Long lists are in the annexes."));
        return new ReportSection { Id = "executive-summary", Title = "Executive summary", Level = 1, Blocks = blocks };
    }

    private static IEnumerable<ReportBlock> TopGaps(BuildContext context)
    {
        var gaps = context.Edition.Gaps;
        // One finding per topic: a topic with several findings is named once, by its highest.
        var top = gaps.Select((gap, i) => (Gap: gap, Number: GapNumber(i + 1))).Where(x => x.Gap.Status == GapStatus.Open)
            .DistinctBy(x => x.Gap.TopicId, StringComparer.Ordinal).Take(SummaryGaps).ToList();
        if (top.Count == 0)
        {
            yield return new Paragraph("No gap is open: every topic of the taxonomy has normative work in force or in development.");
            yield break;
        }

        yield return new Paragraph(top.Count == 1 ? "The highest-priority gap is:" : "The highest-priority gaps, one per topic, are:");
        yield return new BulletList([.. top.Select(x =>
            $"{context.TopicName(x.Gap.TopicId)} ({x.Number}, priority {Text.Score(x.Gap.Priority)}, {KindWords(x.Gap)}): {x.Gap.Statement}" +
            (x.Gap.SuggestedOwner is { } owner && !x.Gap.Statement.Contains(owner, StringComparison.Ordinal) ? $" Suggested owner: {owner}." : string.Empty))]);
    }

    private static string PerspectiveFinding(BuildContext context, string body)
    {
        var topics = context.Edition.Gaps
            .Where(g => g.Kind == GapKind.NoPerspectiveWork && string.Equals(g.Perspective, body, StringComparison.Ordinal))
            .Select(g => context.TopicName(g.TopicId)).Distinct(StringComparer.Ordinal).ToList();
        return topics.Count == 0
            ? $"{body} has work on every topic that other bodies cover."
            : $"{body} has no work on {Counted.Of(topics.Count, "topic")} that other bodies cover: {Text.Join(topics, SummaryNames)}; " +
              $"{(topics.Count == 1 ? "it is a candidate" : "each is a candidate")} for a new {body} study item.";
    }

    private static string LiaisonFinding(BuildContext context)
    {
        var needs = context.Edition.Liaisons.Where(l => l.Existing is null).Take(SummaryLiaisons).ToList();
        if (needs.Count == 0)
        {
            return context.Edition.Liaisons.Count == 0
                ? "No committees of different bodies overlap enough to recommend a liaison."
                : "Every committee pair whose work overlaps already has a liaison.";
        }

        var pairs = needs.Select(l => $"{l.FirstCommittee} and {l.SecondCommittee} (strength {Text.Ratio(l.Strength)}, {Counted.Of(l.Overlaps, "overlapping pair")}" +
            (l.SharedTopics.Count > 0 ? $" on {Text.Join([.. l.SharedTopics.Select(context.TopicName)], SummaryNames)})" : ")")).ToList();
        return needs.Count == 1
            ? $"The strongest liaison need is between {pairs[0]}."
            : $"The strongest liaison needs are between {string.Join("; between ", pairs.Take(pairs.Count - 1))}; and between {pairs[^1]}.";
    }

    private static string ChangeFinding(EditionView previous, EditionView edition, DateOnly since)
    {
        var documents = DocumentChanges(previous, edition).ToList();
        var gaps = GapChanges(previous, edition).ToList();
        if (documents.Count == 0 && gaps.Count == 0)
        {
            return $"Nothing changed since the previous edition ({Text.Date(since)}).";
        }

        var added = documents.Where(d => d[1] == "new").Select(d => d[0]).ToList();
        var changed = documents.Count(d => d[1] is "stage changed" or "new edition");
        var left = documents.Count(d => d[1] == "left the field");
        var opened = gaps.Count(g => g.Change == "opened");
        var closed = gaps.Count(g => g.Change.StartsWith("closed", StringComparison.Ordinal) || g.Change.EndsWith("by an editor", StringComparison.Ordinal));
        var other = gaps.Count - opened - closed;
        return $"Since the previous edition ({Text.Date(since)}), {Counted.Words(added.Count, "document")} entered the field" +
            (added.Count > 0 ? $" ({Text.Join(added, SummaryNames)})" : string.Empty) +
            $", {Counted.Words(changed, "document")} changed stage or edition and {Counted.Words(left, "document")} left it; " +
            $"{Counted.Words(opened, "gap")} opened, {Counted.Words(closed, "gap")} closed and {Counted.Words(other, "gap")} changed in status, kind, evidence or priority.";
    }

    private static string KindWords(Gap gap) => gap.Kind switch
    {
        GapKind.NoCoverage => "no coverage",
        GapKind.NoPublished => "nothing published yet",
        GapKind.StaleOnly => "stale",
        GapKind.Editor => "recorded by an editor",
        GapKind.GenericOnly => "only generic standards",
        GapKind.InformativeOnly => "informative texts only",
        GapKind.Thin => "thin normative coverage",
        GapKind.AboutToGoStale => "about to go stale",
        GapKind.SingleBody => "a single body",
        GapKind.NoPerspectiveWork => $"no {gap.Perspective ?? "perspective body"} work",
        GapKind.NoSecurityCounterpart => "no security counterpart",
        GapKind.ParallelUncoordinated => "uncoordinated parallel work",
        _ => gap.Kind.ToString(),
    };
}
