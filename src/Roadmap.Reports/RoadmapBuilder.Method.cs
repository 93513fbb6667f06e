using Roadmap.Analysis.Gaps;
using Roadmap.Core.Wording;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;

namespace Roadmap.Reports;

public sealed partial class RoadmapBuilder
{
    private static ReportSection ScopeAndMethod(BuildContext context)
    {
        var taxonomy = context.Taxonomy;
        var settings = taxonomy.Settings;
        var roots = taxonomy.Nodes.Where(n => n.ParentId is null).ToList();
        var edition = context.Edition;
        var runs = context.Data.CrawlRuns;
        var analysisRun = context.Data.AnalysisRuns.LastOrDefault(r => r.AsOf is null);
        return new ReportSection
        {
            Id = "scope-and-method",
            Title = "Scope, method and how to read this document",
            Level = 1,
            Sections =
            [
                new ReportSection
                {
                    Id = "scope",
                    Title = "Scope",
                    Level = 2,
                    Blocks =
                    [
                        new Paragraph($"This roadmap surveys the standardization of {string.Join("; ", roots.Select(r => r.Name))}: " +
                            string.Join(" ", roots.Select(r => r.Scope).OfType<string>())),
                        new Paragraph($"It describes the landscape as of {Text.Date(edition.Date)}: {Counted.Of(edition.Landscape.Count, "classified document")} from " +
                            $"{Counted.Of(edition.Landscape.Values.Select(d => d.Body).Distinct(StringComparer.Ordinal).Count(), "body")}, " +
                            $"{Counted.Of(edition.Gaps.Count, "gap")} and {Counted.Of(edition.Liaisons.Count, "liaison recommendation")}."),
                    ],
                },
                new ReportSection
                {
                    Id = "method",
                    Title = "Method and data sources",
                    Level = 2,
                    Blocks =
                    [
                        new Paragraph($"Documents are classified under the {Text.Number(taxonomy.Nodes.Count)} topics of the taxonomy (Annex A; {Text.Number(taxonomy.Leaves.Count())} leaf topics) " +
                            $"by explainable rules: queries over title and scope, known designations and committee mandates, each adding its weight as an independent signal (score = 1 − Π(1 − w)). " +
                            $"A document is classified at a score of {Text.Ratio(settings.Threshold)} or more and maps directly from {Text.Ratio(settings.DirectScore)}; editors' pins and rejections override the rules."),
                        new Paragraph("The landscape on a past date is reconstructed from edition dates: a document counts from its first dated edition, with the edition then current. " +
                            "Each document counts under its primary topic (its main subject); other topics it addresses are cited as supporting, not as coverage. " +
                            "Normative documents are standards, Recommendations, technical specifications and W3C Recommendations; technical reports, supplements and notes are informative. " +
                            $"A leaf topic can carry several findings: no coverage (or only generic standards), nothing published yet, stale (newest document in force over {Text.Number(settings.StaleAfterYears)} years old) or about to go stale (from {Text.Number(settings.Gaps.AboutToGoStaleYears)} years), " +
                            $"informative texts only, thin (at most {Text.Number(settings.Gaps.ThinMaxNormative)} normative document), a single body, no work by a perspective body ({string.Join(", ", settings.Gaps.Perspectives.Select(p => p.Body))}), " +
                            $"no security counterpart to a well-covered topic, and parallel normative work by several bodies within {Text.Number(settings.Gaps.ParallelWindowYears)} years with no recorded relation. Work in development addresses a gap."),
                        new Paragraph(analysisRun is null
                            ? "No analysis run is recorded."
                            : $"Classification from analysis run {analysisRun.Id} ({analysisRun.Mode}, started {Text.Time(analysisRun.StartedAt)}, taxonomy {analysisRun.TaxonomyHash})."),
                        new ReportTable("Crawl and import runs by source", ["Source", "Runs", "First run", "Last run", "Last state", "Added", "Changed"],
                            [.. runs.GroupBy(r => r.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)
                            [
                                g.Key, Text.Number(g.Count()), Text.Time(g.First().StartedAt), Text.Time(g.Last().StartedAt), g.Last().State.ToString(),
                                Text.Number(g.Sum(r => r.Added)), Text.Number(g.Sum(r => r.Changed)),
                            ])]),
                        new Paragraph("Each document's provenance (source, fetch date) is listed by source in Annex D."),
                    ],
                },
                new ReportSection
                {
                    Id = "gap-scoring",
                    Title = "Gap scoring formula",
                    Level = 2,
                    Blocks =
                    [
                        new Preformatted(PriorityFormula.Text),
                        new BulletList(
                        [
                            "W: the topic's weight in the taxonomy (0–1).",
                            $"K (coefficient {Text.Ratio(PriorityFormula.KindCoefficient)}): the severity of the finding's kind, from 1 (no coverage) to 0.4 (about to go stale).",
                            $"N (coefficient {Text.Ratio(PriorityFormula.NormativeCoefficient)}): absence of normative text, 1 with none in force, 0 from {Text.Number(settings.Gaps.WellCoveredNormative)} normative documents.",
                            $"D (coefficient {Text.Ratio(PriorityFormula.DiversityCoefficient)}): lack of body diversity, 1 with no body, 0 from {Text.Number(PriorityFormula.BodiesForDiversity)} bodies with documents in force.",
                            $"S (coefficient {Text.Ratio(PriorityFormula.StalenessCoefficient)}): staleness, 1 when nothing is in force, else the newest in-force document's age over {Text.Number(2 * settings.StaleAfterYears)} years, capped at 1.",
                            $"P (coefficient {Text.Ratio(PriorityFormula.PipelineCoefficient)}): an empty pipeline, 1 when nothing is in development, else 0.",
                        ]),
                        new Paragraph("Priorities run from 0 to 100; each gap in Annex G lists its terms so the sum can be redone."),
                    ],
                },
                new ReportSection
                {
                    Id = "how-to-read",
                    Title = "How to read this document",
                    Level = 2,
                    Blocks =
                    [
                        new BulletList(
                        [
                            "The executive summary gives the key findings; each part behind it gives the detail.",
                            "Part 1 lists the bodies and committees working in the field, with their published and ongoing documents.",
                            "Parts 2 and 3 count the documents by topic: published (in force or under review), then in development; Annexes E and F list them one by one.",
                            "Part 4 lists the gaps by priority, then new work proposals; Annex G gives each gap with its evidence and priority terms.",
                            "The overlaps section recommends liaisons where committees of different bodies work on similar texts; the next section lists what changed since the previous edition.",
                            "A document classified under several topics appears under each of them.",
                            "A table too long to read in place shows its first rows and appears in full in Annex H.",
                        ]),
                    ],
                },
            ],
        };
    }
}
