using Roadmap.Core.Wording;
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
                new Paragraph($"{Text.Capital(Counted.Words(unknown.Count, "pair"))} of documents from different bodies or committees {(unknown.Count == 1 ? "has" : "have")} similar scope but no common-text, twin or adoption relation; " +
                    $"{Counted.Words(known, "similar pair")} {(known == 1 ? "is" : "are")} already linked. The score blends text similarity (tf-idf cosine of title and scope) with the share of common topics."),
                new Paragraph("Liaison recommendations pair committees of different bodies. Strength is the summed overlap score divided by the square root of the product of the two committees' " +
                    "document counts (each plus 5, so one overlap between two one-document committees does not top the list), so committees rank by how densely their work overlaps rather than by how much they publish. A liaison is \"existing\" when the liaison registry " +
                    "already links the committees or their parents. Documents without a committee are left out."),
                new ReportTable("Liaison recommendations", ["Committee", "With", "Liaison", "Strength", "Overlaps", "Shared topics", "Strongest pairs"],
                    [.. context.Edition.Liaisons.Select(l => (IReadOnlyList<string>)[l.FirstCommittee, l.SecondCommittee, l.Existing is null ? "new" : $"existing: {l.Existing}",
                        Text.Ratio(l.Strength), Text.Number(l.Overlaps), string.Join(", ", l.SharedTopics.Select(context.TopicName)), string.Join("; ", l.TopPairs)])]),
                new ReportTable("Internal coordination", ["Committee", "With", "Why internal", "Strength", "Overlaps", "Strongest pairs"],
                    [.. context.Edition.InternalCoordination.Select(l => (IReadOnlyList<string>)[l.FirstCommittee, l.SecondCommittee, l.Internal ?? Text.None,
                        Text.Ratio(l.Strength), Text.Number(l.Overlaps), string.Join("; ", l.TopPairs)])]),
                new ReportTable("Strongest overlaps", ["Document", "Overlaps with", "Score", "Text", "Topics", "Shared terms"],
                    [.. unknown.Take(context.MaxOverlaps).Select(o => (IReadOnlyList<string>)[o.FirstKey, o.SecondKey, Text.Ratio(o.Score), Text.Ratio(o.TextSimilarity), Text.Ratio(o.TopicSimilarity), string.Join(", ", o.SharedTerms)])]),
            ],
        };
    }
}
