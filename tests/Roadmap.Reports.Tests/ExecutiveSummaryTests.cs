using System.Text.RegularExpressions;
using Roadmap.Reports.Building;
using Roadmap.Reports.Model;
using Roadmap.Reports.Rendering;

namespace Roadmap.Reports.Tests;

public sealed partial class ExecutiveSummaryTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    [Fact]
    public async Task Build_CurrentEdition_OpensWithKeyFindingsInSentences()
    {
        // Act
        var document = await dataset.Builder().BuildAsync(new ReportRequest { Since = RoadmapDataset.PreviousEdition }, TestContext.Current.CancellationToken);

        // Assert: the summary comes first and says, from the data, what a reader most needs.
        var summary = document.Sections[0];
        summary.Id.ShouldBe("executive-summary");
        var text = string.Join("\n", summary.Blocks.Select(b => b switch { Paragraph p => p.Text, BulletList l => string.Join("\n", l.Items), _ => string.Empty }));
        text.ShouldContain("9 classified documents from 2 bodies, 7 published, 1 in development and 1 superseded or withdrawn.");
        text.ShouldContain("The highest-priority gaps, one per topic, are:");
        text.ShouldContain("Security threats (G2, priority 58.7, stale):");
        text.ShouldContain("ITU-T has no work on 2 topics that other bodies cover: Reference architecture and Governance;");
        text.ShouldContain("No committees of different bodies overlap enough to recommend a liaison.");
        text.ShouldContain("Since the previous edition (2019-12-31), 6 documents entered the field");
        text.ShouldContain("recommends no new liaisons.");
    }

    [Fact]
    public async Task Render_AnyEdition_CountsAreGrammatical()
    {
        // Arrange
        var today = await dataset.Builder().BuildAsync(new ReportRequest { Since = RoadmapDataset.PreviousEdition }, TestContext.Current.CancellationToken);
        var then = await dataset.Builder().BuildAsync(new ReportRequest { AsOf = new DateOnly(2019, 12, 31), Since = new DateOnly(2018, 12, 31) }, TestContext.Current.CancellationToken);

        foreach (var document in new[] { today, then })
        {
            // Act
            var markdown = MarkdownRenderer.Render(document);

            // Assert: no "1 bodies", no "body(ies)", no status that restates itself.
            OneWithPlural().Matches(markdown).Select(m => m.Value).ShouldBeEmpty();
            markdown.ShouldNotContain("(ies)");
            markdown.ShouldNotContain("(s) ");
            markdown.ShouldNotContain("(status not given)");
            markdown.ShouldNotContain("Published (In force)");
        }
    }

    [Fact]
    public async Task Build_LongTable_ShowsItsFirstRowsAndMovesWholeToAnnexH()
    {
        // Act
        var document = await dataset.Builder().BuildAsync(new ReportRequest { Since = RoadmapDataset.PreviousEdition, MaxBodyTableRows = 5 }, TestContext.Current.CancellationToken);

        // Assert
        var gaps = document.AllSections().Single(s => s.Id == "part-4-gaps");
        var shortened = gaps.Blocks.OfType<ReportTable>().Single(t => t.Caption.StartsWith("Gaps by priority", StringComparison.Ordinal));
        shortened.Rows.Count.ShouldBe(5);
        shortened.Caption.ShouldBe("Gaps by priority (first 5 of 8 rows)");
        gaps.Blocks.OfType<Paragraph>().ShouldContain(p => p.Text == "Annex G gives every gap in full.", "every gap has its section in Annex G");
        var bodies = document.AllSections().Single(s => s.Id == "part-1-bodies");
        bodies.Blocks.OfType<Paragraph>().ShouldNotContain(p => p.Text.StartsWith("Annex H", StringComparison.Ordinal), "3 committees: short enough");
        var changes = document.AllSections().Single(s => s.Id == "changes");
        var gapChanges = changes.Blocks.OfType<ReportTable>().Single(t => t.Caption.StartsWith("Gaps opened", StringComparison.Ordinal));
        gapChanges.Rows.Count.ShouldBe(5);
        changes.Blocks.OfType<Paragraph>().ShouldContain(p => p.Text == "Annex H gives the table \"Gaps opened, closed or changed since the previous edition\" in full (11 rows).");
        var annex = document.AllSections().Single(s => s.Id == LongTables.AnnexId);
        annex.Blocks.OfType<ReportTable>().Single(t => t.Caption == "Gaps opened, closed or changed since the previous edition").Rows.Count.ShouldBe(11);
        annex.Blocks.OfType<ReportTable>().ShouldNotContain(t => t.Caption == "Gaps by priority");
        document.Sections[^1].Sections[^1].ShouldBe(annex);
    }

    [Fact]
    public async Task Build_ShortTables_NoAnnexH()
    {
        // Act
        var document = await dataset.Builder().BuildAsync(new ReportRequest { Since = RoadmapDataset.PreviousEdition }, TestContext.Current.CancellationToken);

        // Assert
        document.AllSections().ShouldNotContain(s => s.Id == LongTables.AnnexId);
    }

    [GeneratedRegex(@"\b1 (bodies|documents|gaps|topics|pairs|similar pairs|rows|committees|liaisons|classified documents)\b")]
    private static partial Regex OneWithPlural();
}
