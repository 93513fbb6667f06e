using Markdig;
using Markdig.Syntax;
using Roadmap.Reports.Model;
using Roadmap.Reports.Rendering;

namespace Roadmap.Reports.Tests;

public sealed class ReportFormatTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    [Theory]
    [InlineData("md", null)]
    [InlineData("html", null)]
    [InlineData("md", "2019-12-31")]
    public async Task Render_FixedDataset_MatchesGoldenFile(string format, string? asOf)
    {
        // Arrange
        var request = new ReportRequest { AsOf = asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), Since = asOf is null ? RoadmapDataset.PreviousEdition : new DateOnly(2018, 12, 31) };

        // Act
        var first = Render(await dataset.Builder().BuildAsync(request, TestContext.Current.CancellationToken), format);
        var second = Render(await dataset.Builder().BuildAsync(request, TestContext.Current.CancellationToken), format);

        // Assert
        second.ShouldBe(first, "the same graph must give byte-identical output");
        Golden.Verify($"roadmap{(asOf is null ? string.Empty : "-" + asOf)}.{format}", first);
    }

    [Fact]
    public async Task Markdown_ParsedByMarkdig_HasEveryHeadingAndTable()
    {
        // Arrange
        var document = await dataset.Builder().BuildAsync(new ReportRequest(), TestContext.Current.CancellationToken);
        var markdown = MarkdownRenderer.Render(document);

        // Act
        var parsed = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());

        // Assert
        var headings = parsed.Descendants<HeadingBlock>().Select(h => h.Inline!.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Aggregate(string.Empty, (s, l) => s + l.Content.ToString())).ToList();
        headings.ShouldBe([document.Title, "Contents", .. document.AllSections().Select(s => s.Title)]);
        var tables = document.AllSections().SelectMany(s => s.Blocks).OfType<ReportTable>().Where(t => t.Rows.Count > 0).ToList();
        var parsedTables = parsed.Descendants<Markdig.Extensions.Tables.Table>().ToList();
        parsedTables.Count.ShouldBe(tables.Count);
        parsedTables.Select(t => t.Count - 1).ShouldBe(tables.Select(t => t.Rows.Count), "every row parsed, none swallowed by an unescaped pipe");
    }

    [Fact]
    public async Task Html_IsSelfContained_WithSvgFigures()
    {
        // Arrange
        var document = await dataset.Builder().BuildAsync(new ReportRequest(), TestContext.Current.CancellationToken);

        // Act
        var html = HtmlRenderer.Render(document);

        // Assert
        html.ShouldContain("@media print");
        System.Text.RegularExpressions.Regex.Count(html, "<svg ").ShouldBe(2);
        html.ShouldNotContain("<script");
        html.ShouldNotContain("src=\"http");
        html.ShouldNotContain("<link");
        foreach (var section in document.AllSections())
        {
            html.ShouldContain($"<section id=\"{section.Id}\"");
        }
    }

    [Fact]
    public async Task Build_ContentFollowsTheIssueOrder()
    {
        // Act
        var document = await dataset.Builder().BuildAsync(new ReportRequest(), TestContext.Current.CancellationToken);

        // Assert
        document.Sections.Select(s => s.Id).ShouldBe(
        [
            "executive-summary", "scope-and-method", "part-1-bodies", "part-2-published", "part-3-in-development", "part-4-gaps",
            "overlaps-and-liaisons", "changes", "annexes",
        ]);
        document.Sections[^1].Sections.Select(s => s.Id).ShouldBe(["annex-a-taxonomy", "annex-b-coverage", "annex-c-timeline", "annex-d-sources", "annex-e-published", "annex-f-in-development", "annex-g-gaps"]);
        document.AllSections().Single(s => s.Id == "gap-scoring").Blocks.OfType<Preformatted>().Single().Text.ShouldContain("priority = 100 × W");
    }

    private static byte[] Render(RoadmapDocument document, string format)
    {
        using var output = new MemoryStream();
        RoadmapRenderers.Get(format).Render(document, output);
        return output.ToArray();
    }
}
