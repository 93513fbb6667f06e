using Roadmap.Analysis.Coverage;
using Roadmap.Analysis.Landscape;
using Roadmap.Core.Bodies;
using Roadmap.Core.Wording;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private static ReportSection Bodies(BuildContext context)
    {
        var documents = context.Edition.Landscape.Values.ToList();
        var bodies = documents.GroupBy(d => d.Body, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)
        [
            g.Key, KnownBodies.Find(g.Key)?.Name ?? g.Key,
            Text.Number(g.Select(d => d.Committee).OfType<string>().Distinct(StringComparer.Ordinal).Count()),
            Text.Number(g.Count(d => d.InForce)), Text.Number(g.Count(d => d.Ongoing)), Text.Number(g.Count(d => d.Gone)),
        ]);
        // The most active committees first, so a shortened table keeps them.
        var committees = documents.GroupBy(d => d.Committee ?? CoverageCalculator.NoCommittee, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count(d => d.InForce || d.Ongoing)).ThenBy(g => g.First().Body, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)
            [
                g.Key, string.Join(", ", g.Select(d => d.Body).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                context.Data.Committees.GetValueOrDefault(g.Key)?.Title ?? Text.None,
                Text.Number(g.Count(d => d.InForce)), Text.Number(g.Count(d => d.Ongoing)),
            ]);
        return new ReportSection
        {
            Id = "part-1-bodies",
            Title = "Part 1 — Bodies and committees",
            Level = 1,
            Blocks =
            [
                new Paragraph("The bodies and committees with documents in the field, the most active committees first. Published counts documents in force or under review; ongoing counts documents proposed or in development."),
                new ReportTable("Standards bodies", ["Body", "Name", "Committees", "Published", "Ongoing", "Withdrawn"], [.. bodies]),
                new ReportTable("Committees", ["Committee", "Body", "Title", "Published", "Ongoing"], [.. committees]),
            ],
        };
    }

    private static ReportSection Published(BuildContext context) => new()
    {
        Id = "part-2-published",
        Title = "Part 2 — Published documents by topic",
        Level = 1,
        Blocks =
        [
            new Paragraph(TopicSummaryText(context, d => d.InForce, "published (in force or under review)", "Annex E")),
            TopicSummaryTable(context, d => d.InForce, "Published documents per topic", "Newest"),
        ],
    };

    private static ReportSection InDevelopment(BuildContext context) => new()
    {
        Id = "part-3-in-development",
        Title = "Part 3 — Documents in development by topic",
        Level = 1,
        Blocks =
        [
            new Paragraph(TopicSummaryText(context, d => d.Ongoing, "proposed or in development", "Annex F") +
                " The sources give no target dates; the stage date is that of the stage reached, where known."),
            TopicSummaryTable(context, d => d.Ongoing, "Documents in development per topic", "Latest stage"),
        ],
    };

    /// <summary>Annex E: Part 2's documents one by one, a subsection per topic and a table per body.</summary>
    private static ReportSection PublishedAnnex(BuildContext context) => new()
    {
        Id = "annex-e-published",
        Title = "Annex E — Published documents by topic",
        Level = 2,
        Blocks = [new Paragraph("Documents in force or under review on the edition's date, by topic and body, with the edition then current.")],
        Sections = [.. ByTopic(context, "published", d => d.InForce, (d) =>
            [d.EditionId, d.Document.Title, Text.Date(d.Published), Text.Status(d)], ["Designation", "Title", "Date", "Status"])],
    };

    /// <summary>Annex F: Part 3's documents one by one.</summary>
    private static ReportSection InDevelopmentAnnex(BuildContext context) => new()
    {
        Id = "annex-f-in-development",
        Title = "Annex F — Documents in development by topic",
        Level = 2,
        Blocks = [new Paragraph("Proposed documents and documents in development on the edition's date, by topic and body.")],
        Sections = [.. ByTopic(context, "in-development", d => d.Ongoing, (d) =>
            [d.EditionId, d.Document.Title, Text.Status(d), Text.Date(d.Published)], ["Designation", "Title", "Stage", "Stage date"])],
    };

    /// <summary>A sentence on how many documents the part counts, from how many bodies, under how many topics.</summary>
    private static string TopicSummaryText(BuildContext context, Func<LandscapeDocument, bool> include, string what, string annex)
    {
        var documents = context.Edition.Landscape.Values.Where(include).ToList();
        var topics = context.Taxonomy.Nodes.Count(t => context.Edition.Topics.Direct(t.Id).Any(x => include(x.Document)));
        var bodies = documents.GroupBy(d => d.Body, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({Text.Number(g.Count())})").ToList();
        return documents.Count == 0
            ? $"No document is {what} on the edition's date."
            : $"{Counted.Of(documents.Count, "document")} {Counted.Be(documents.Count)} {what} on the edition's date, from {Text.Join(bodies)}, " +
              $"under {Counted.Of(topics, "topic")}. The table counts them by topic, the topics with most documents first; {annex} lists them one by one, by topic and body, with their designations, titles, dates and stages.";
    }

    /// <summary>One row per topic with documents: how many, from which bodies, and the newest.</summary>
    private static ReportTable TopicSummaryTable(BuildContext context, Func<LandscapeDocument, bool> include, string caption, string newest) =>
        new(caption, ["Topic", "Documents", "By body", newest],
        [
            .. context.Taxonomy.Nodes
                .Select(t => (Topic: t, Documents: context.Edition.Topics.Direct(t.Id).Select(x => x.Document).Where(include).ToList()))
                .Where(x => x.Documents.Count > 0)
                .OrderByDescending(x => x.Documents.Count) // the busiest topics first; ties keep the taxonomy's order
                .Select(x => (IReadOnlyList<string>)
                [
                    x.Topic.Name, Text.Number(x.Documents.Count),
                    string.Join(", ", x.Documents.GroupBy(d => d.Body, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {Text.Number(g.Count())}")),
                    x.Documents.Where(d => d.Published is not null).OrderByDescending(d => d.Published).ThenBy(d => d.Key, StringComparer.Ordinal)
                        .Select(d => $"{d.EditionId} ({d.Published})").FirstOrDefault() ?? Text.None,
                ]),
        ]);

    /// <summary>One subsection per topic with matching documents (taxonomy order), one table per body inside it.</summary>
    private static IEnumerable<ReportSection> ByTopic(BuildContext context, string prefix, Func<LandscapeDocument, bool> include,
        Func<LandscapeDocument, IReadOnlyList<string>> row, IReadOnlyList<string> columns)
    {
        foreach (var topic in context.Taxonomy.Nodes)
        {
            var documents = context.Edition.Topics.Direct(topic.Id).Select(x => x.Document).Where(include).ToList();
            if (documents.Count == 0)
            {
                continue;
            }

            yield return new ReportSection
            {
                Id = $"{prefix}-{Text.Slug(topic.Id)}",
                Title = topic.Name,
                Level = 3,
                Blocks = [.. documents.GroupBy(d => d.Body, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new ReportTable($"{topic.Name}: {g.Key}", columns, [.. g.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => row(d))]))],
            };
        }
    }
}
