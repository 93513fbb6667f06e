using Roadmap.TestKit;

namespace Roadmap.SampleMaker.Tests;

/// <summary>Every DLT truth row that the shared data holds must be in the committed sample.</summary>
[Trait("Tier", "Slow")] // big corpus: reads the whole shared catalogue and ISO feed (~14 s)
public sealed class TruthCoverageTests
{
    private static readonly string[] Bodies = ["ISO", "ISO/IEC", "ITU-T", "ETSI", "IEEE", "W3C"];

    [Fact]
    public void Truth_rows_present_in_the_shared_data_are_in_the_sample()
    {
        var shared = Path.GetDirectoryName(SharedData.Require(TruthTable.FileName))!;
        var truth = TruthTable.Read(shared).Where(t => Bodies.Contains(t.Sdo)).ToList();
        truth.Count.ShouldBeGreaterThan(0);

        var isoShared = JsonLines.ReadGzip(Path.Combine(shared, "iso/iso_deliverables_metadata.jsonl.gz"))
            .Select(r => DesignationKey.Of(r.Text("reference")!)).ToHashSet(StringComparer.Ordinal);
        var catalogueShared = CatalogueFiles.All
            .SelectMany(f => CatalogueFiles.Read(shared, f.File))
            .SelectMany(r => new[] { (r.Sdo, DesignationKey.Of(r.DocId)), (r.Sdo, DesignationKey.Of(r.Designation)) })
            .ToHashSet();

        var isoSample = CommittedSample.Lines(SampleMaker.IsoFile)
            .Select(r => DesignationKey.Of(r.Text("reference")!)).ToHashSet(StringComparer.Ordinal);
        var catalogueSample = CommittedSample.Lines(SampleMaker.CatalogueFile)
            .SelectMany(r => new[] { (r.Text("sdo")!, DesignationKey.Of(r.Text("docid")!)), (r.Text("sdo")!, DesignationKey.Of(r.Text("designation")!)) })
            .ToHashSet();

        var missing = new List<string>();
        var checkedRows = 0;
        foreach (var row in truth)
        {
            var key = DesignationKey.Of(row.Designation);
            var (inShared, inSample) = TruthTable.IsIso(row)
                ? (isoShared.Contains(key), isoSample.Contains(key))
                : (catalogueShared.Contains((row.Sdo, key)), catalogueSample.Contains((row.Sdo, key)));
            if (inShared)
            {
                checkedRows++;
                if (!inSample)
                {
                    missing.Add($"{row.Sdo} {row.Designation}");
                }
            }
        }

        checkedRows.ShouldBeGreaterThan(150);
        missing.ShouldBeEmpty();
    }
}
