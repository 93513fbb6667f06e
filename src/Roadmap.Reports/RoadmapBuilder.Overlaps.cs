using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private static ReportSection OverlapsPart(BuildContext context)
    {
        var unknown = context.Edition.Overlaps.Where(o => !o.IsKnown).OrderByDescending(o => o.Score)
            .ThenBy(o => o.FirstKey, StringComparer.Ordinal).ThenBy(o => o.SecondKey, StringComparer.Ordinal).ToList();
        var known = context.Edition.Overlaps.Count(o => o.IsKnown);
        return new ReportSection
        {
            Id = "overlaps-and-liaisons",
            Title = "Overlaps and liaison recommendations",
            Level = 1,
            Blocks =
            [
                new Paragraph($"{Text.Number(unknown.Count)} pairs of documents from different bodies or committees have similar scope and share no common-text, twin or adoption relation; " +
                    $"{Text.Number(known)} similar pairs are already linked. The score blends text similarity (tf-idf cosine of title and scope) with the share of common topics."),
                new ReportTable("Liaison recommendations", ["Committee", "With", "Strength", "Overlaps", "Shared topics", "Strongest pairs"],
                    [.. context.Edition.Liaisons.Select(l => (IReadOnlyList<string>)[l.FirstCommittee, l.SecondCommittee, Text.Ratio(l.Strength), Text.Number(l.Overlaps),
                        string.Join(", ", l.SharedTopics.Select(context.TopicName)), string.Join("; ", l.TopPairs)])]),
                new ReportTable("Strongest overlaps", ["Document", "Overlaps with", "Score", "Text", "Topics", "Shared terms"],
                    [.. unknown.Take(context.MaxOverlaps).Select(o => (IReadOnlyList<string>)[o.FirstKey, o.SecondKey, Text.Ratio(o.Score), Text.Ratio(o.TextSimilarity), Text.Ratio(o.TopicSimilarity), string.Join(", ", o.SharedTerms)])]),
            ],
        };
    }
}
