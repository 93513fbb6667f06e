using Roadmap.Reports.Model;

namespace Roadmap.Reports.Tests;

/// <summary>An edition as of 2019-12-31 and today's differ exactly by what the "what changed" section lists.</summary>
public sealed class AsOfTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    [Fact]
    public async Task AsOf2019_DiffersFromToday_ExactlyByTheDocumentsAndGapsThatChanged()
    {
        // Arrange
        var builder = dataset.Builder();

        // Act
        var then = await builder.BuildAsync(new ReportRequest { AsOf = RoadmapDataset.PreviousEdition }, TestContext.Current.CancellationToken);
        var today = await builder.BuildAsync(new ReportRequest { Since = RoadmapDataset.PreviousEdition }, TestContext.Current.CancellationToken);

        // Assert: the documents whose rows differ in Parts 2 and 3 are the changed documents in force or in development.
        var changes = today.AllSections().Single(s => s.Id == "changes").Blocks.OfType<ReportTable>().ToList();
        var changedDocuments = changes[0].Rows.Select(r => r[0]).ToHashSet();
        changedDocuments.ShouldBe(["ISO 22739", "ISO 23257", "ISO/TS 23635", "ITU-T X.1400", "ITU-T X.1402", "ITU-T X.1403", "ITU-T X.1414"], ignoreOrder: true);
        var rowsThen = DocumentRows(then);
        var rowsToday = DocumentRows(today);
        var differing = rowsThen.Except(rowsToday).Concat(rowsToday.Except(rowsThen)).Select(r => KeyOf(r.Designation)).ToHashSet();
        differing.ShouldBe(["ISO 22739", "ISO 23257", "ISO/TS 23635", "ITU-T X.1400", "ITU-T X.1402", "ITU-T X.1414"], ignoreOrder: true,
            "ITU-T X.1403 changed too, but only into a superseded state, which Parts 2 and 3 never list");
        differing.ShouldBeSubsetOf(changedDocuments);
        rowsToday.Intersect(rowsThen).Select(r => KeyOf(r.Designation)).Distinct().ShouldBe(["ISO/TR 23455", "ITU-T X.1401"], ignoreOrder: true);

        // Assert: the gaps that differ are exactly those the changes list, and every other gap reads the same.
        var changedGaps = changes[1].Rows.Select(r => r[0]).ToHashSet();
        var gapsThen = GapSections(then);
        var gapsToday = GapSections(today);
        var gapDiff = gapsThen.Keys.Union(gapsToday.Keys).Where(id => !gapsThen.TryGetValue(id, out var a) || !gapsToday.TryGetValue(id, out var b) || !a.SequenceEqual(b)).ToHashSet();
        gapDiff.ShouldBe(changedGaps, ignoreOrder: true);
        // Findings of one topic on the same evidence are one finding (AlsoHolds), so thin and single-body rows merge.
        changedGaps.ShouldBe(
        [
            "gap:foundations.architecture/no-itu-t-work", "gap:foundations.architecture/single-body",
            "gap:foundations.governance", "gap:foundations.governance/no-itu-t-work", "gap:foundations.governance/thin",
            "gap:foundations.vocabulary", "gap:security.crosschain",
            "gap:security.framework", "gap:security.framework/no-iso-work",
            "gap:security.threats", "gap:security.threats/no-iso-work",
        ], ignoreOrder: true);
        gapsToday.Keys.Intersect(gapsThen.Keys).Except(changedGaps).ShouldBe(["gap:assets.custody"]);
    }

    private sealed record DocumentRow(string Topic, string Designation, string Rest);

    private static HashSet<DocumentRow> DocumentRows(RoadmapDocument document) =>
        [.. document.AllSections().Where(s => s.Id is "annex-e-published" or "annex-f-in-development")
            .SelectMany(annex => annex.Sections)
            .SelectMany(topic => topic.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows.Select(r => new DocumentRow(topic.Title, r[0], string.Join(" | ", r.Skip(1))))))];

    /// <summary>Each gap's section content (statement, breakdown, evidence, owner), by gap id; the heading's number is left out.</summary>
    private static Dictionary<string, IReadOnlyList<string>> GapSections(RoadmapDocument document) =>
        document.AllSections().Single(s => s.Id == "annex-g-gaps").Sections.Where(s => s.Id.StartsWith("gap-", StringComparison.Ordinal))
            .ToDictionary(s => GapId(s), s => (IReadOnlyList<string>)[.. s.Blocks.Select(Flatten)]);

    private static string GapId(ReportSection section)
    {
        var line = section.Blocks.OfType<Paragraph>().Select(p => p.Text).Single(t => t.StartsWith("Gap ", StringComparison.Ordinal));
        return line["Gap ".Length..line.IndexOf(' ', "Gap ".Length)];
    }

    private static string Flatten(ReportBlock block) => block switch
    {
        Paragraph p => p.Text,
        BulletList l => string.Join("\n", l.Items),
        ReportTable t => System.Text.RegularExpressions.Regex.Replace(t.Caption, "^G[0-9]+ ", string.Empty) + "\n" + string.Join("\n", t.Rows.Select(r => string.Join(" | ", r))),
        _ => block.ToString()!,
    };

    private static string KeyOf(string designation) =>
        RoadmapDataset.Documents.Single(d => d.Designation == designation || d.Editions.Any(e => e.Id == designation)).Key;
}
