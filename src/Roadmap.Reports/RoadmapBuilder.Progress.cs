using Roadmap.Analysis.Gaps;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    /// <summary>
    /// Per gap of either edition, the documents of its topic that appeared, advanced or closed it between the two
    /// editions, newest first: the progress report a focus group reads before deciding what to keep asking for.
    /// </summary>
    private static ReportTable GapProgressTable(BuildContext context, EditionView previous)
    {
        var edition = context.Edition;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var gap in previous.Gaps.Concat(edition.Gaps).DistinctBy(g => g.TopicId).OrderBy(g => g.TopicId, StringComparer.Ordinal))
        {
            var keys = previous.Topics.Direct(gap.TopicId).Concat(edition.Topics.Direct(gap.TopicId)).Select(x => x.Document.Key).Distinct(StringComparer.Ordinal);
            var items = GapProgress.Of(keys.Select(k => (previous.Landscape.GetValueOrDefault(k), edition.Landscape.GetValueOrDefault(k))), k => edition.Topics.PrimaryOf(k) == gap.TopicId);
            var (gapIds, topic) = (GapsOf(previous, edition, gap.TopicId), context.TopicName(gap.TopicId));
            rows.AddRange(items.Select(i => (IReadOnlyList<string>)[gapIds, topic, i.DocumentKey, Describe(i.Change), Text.Date(i.Now.Published), i.CountsAsCoverage ? "main subject" : "related"]));
        }

        return new ReportTable("Progress per gap: documents of each gap's topic that appeared, advanced or closed since the previous edition",
            ["Gaps", "Topic", "Document", "What happened", "Dated", "Topic is its"], rows);
    }

    // The topic's gap ids in either edition, so a reader can find the finding the progress bears on.
    private static string GapsOf(EditionView previous, EditionView edition, string topicId) =>
        string.Join(", ", previous.Gaps.Concat(edition.Gaps).Where(g => g.TopicId == topicId).Select(g => g.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string Describe(GapProgressChange change) => change switch
    {
        GapProgressChange.WorkStarted => "work started",
        GapProgressChange.Published => "published",
        GapProgressChange.Completed => "completed: in development then, published now",
        GapProgressChange.Advanced => "advanced to another stage",
        GapProgressChange.Revised => "revised: a new edition",
        GapProgressChange.Withdrawn => "withdrawn or superseded",
        _ => change.ToString(),
    };
}
