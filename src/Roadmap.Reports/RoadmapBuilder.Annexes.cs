using Roadmap.Core.Analysis;
using Roadmap.Core.Wording;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private const int TimelineYears = 20;

    /// <param name="fullTables">Annex H, the body's long tables in full; null when none was long.</param>
    private static ReportSection Annexes(BuildContext context, ReportSection? fullTables) => new()
    {
        Id = "annexes",
        Title = "Annexes",
        Level = 1,
        Sections =
        [
            Taxonomy(context), CoverageAnnex(context), TimelineAnnex(context), Sources(context),
            PublishedAnnex(context), InDevelopmentAnnex(context), GapDetailsAnnex(context), .. fullTables is null ? [] : new[] { fullTables },
        ],
    };

    private static ReportSection Taxonomy(BuildContext context) => new()
    {
        Id = "annex-a-taxonomy",
        Title = "Annex A — Taxonomy",
        Level = 2,
        Blocks =
        [
            new Paragraph($"The {Counted.Of(context.Taxonomy.Nodes.Count, "topic")}, parents before children (taxonomy {context.Taxonomy.Hash})."),
            new ReportTable("Topics", ["Topic", "Name", "Parent", "Weight", "Scope", "Owners"],
                [.. context.Taxonomy.Nodes.Select(n => (IReadOnlyList<string>)[n.Id, n.Name, n.ParentId ?? Text.None, Text.Ratio(n.Weight), n.Scope ?? Text.None,
                    n.Owners.Count == 0 ? Text.None : string.Join("; ", n.Owners.Select(o => o.Committee))])]),
        ],
    };

    private static ReportSection CoverageAnnex(BuildContext context)
    {
        var cells = context.Edition.Coverage.Where(c => c.Dimension == CoverageDimension.Body).ToList();
        var bodies = cells.Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var byCell = cells.ToDictionary(c => (c.TopicId, c.Value));
        var topics = context.Taxonomy.Nodes;
        var data = new ChartData("Topic", [.. topics.Select(t => t.Name)], bodies,
            [.. topics.Select(t => (IReadOnlyList<int>)[.. bodies.Select(b => byCell.TryGetValue((t.Id, b), out var c) ? c.Published + c.InDevelopment : 0)])]);
        return new ReportSection
        {
            Id = "annex-b-coverage",
            Title = "Annex B — Coverage matrix",
            Level = 2,
            Blocks =
            [
                new Paragraph("Each cell counts the documents of the topic and its subtopics: published (in force or under review) / in development. The heat map shades the sum."),
                new ReportTable("Coverage matrix: published / in development per topic and body", ["Topic", .. bodies],
                    [.. topics.Select(t => (IReadOnlyList<string>)[t.Name, .. bodies.Select(b => byCell.TryGetValue((t.Id, b), out var c) && c.Published + c.InDevelopment > 0
                        ? $"{Text.Number(c.Published)} / {Text.Number(c.InDevelopment)}" : string.Empty)])]),
                new ReportFigure("figure-coverage", "Coverage heat map: documents published or in development per topic and body", FigureKind.HeatMap, data),
            ],
        };
    }

    private static ReportSection TimelineAnnex(BuildContext context)
    {
        var branches = context.Taxonomy.Nodes.Where(n => n.ParentId is { } p && context.Taxonomy.Find(p)?.ParentId is null).ToList();
        var counts = branches.Select(b => context.Edition.Topics.SubtreeDocuments(b.Id).Where(d => d.Published is not null && !d.Ongoing).Select(d => d.Published!.Value.Year).ToList()).ToList();
        var years = counts.SelectMany(c => c).ToList();
        var last = years.Count == 0 ? context.Edition.Date.Year : years.Max();
        var first = years.Count == 0 ? last : Math.Max(years.Min(), last - TimelineYears + 1);
        var columns = Enumerable.Range(first, last - first + 1).ToList();
        var data = new ChartData("Topic", [.. branches.Select(b => b.Name)], [.. columns.Select((y, i) => (i == 0 && years.Any(x => x < first) ? "≤" : string.Empty) + Text.Number(y))],
            [.. counts.Select(c => (IReadOnlyList<int>)[.. columns.Select(y => c.Count(x => y == first ? x <= y : x == y))])]);
        return new ReportSection
        {
            Id = "annex-c-timeline",
            Title = "Annex C — Timeline of publications",
            Level = 2,
            Blocks =
            [
                new Paragraph("Publications per main topic and year, counted by the date of the edition current on the edition's date (the first column includes earlier years)."),
                new ReportFigure("figure-timeline", "Timeline: publications per topic and year", FigureKind.Timeline, data),
                data.ToTable("Publications per topic and year"),
            ],
        };
    }

    private static ReportSection Sources(BuildContext context)
    {
        var editions = context.Edition.Landscape.Values.SelectMany(d => d.Document.Editions.Select(e => (d.Key, e.Provenance))).ToList();
        var rows = editions.GroupBy(x => Origin(x.Provenance?.Source), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var fetched = g.Select(x => x.Provenance?.FetchedAt).OfType<DateTimeOffset>().ToList();
            return (IReadOnlyList<string>)
            [
                g.Key, Text.Number(g.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count()), Text.Number(g.Count()),
                fetched.Count == 0 ? Text.None : Text.Time(fetched.Min()), fetched.Count == 0 ? Text.None : Text.Time(fetched.Max()),
            ];
        });
        return new ReportSection
        {
            Id = "annex-d-sources",
            Title = "Annex D — Sources and provenance",
            Level = 2,
            Blocks =
            [
                new Paragraph("Where the editions of the classified documents were read: web sources by host, files by name, with the first and last fetch. Every edition keeps its own source, fetch time and content hash in the graph."),
                new ReportTable("Sources", ["Source", "Documents", "Editions", "First fetched", "Last fetched"], [.. rows]),
            ],
        };
    }

    private static string Origin(string? source) =>
        source is null ? "(no provenance)"
        : Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host
        : Path.GetFileName(source.Replace('\\', '/'));
}
