using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>Derives the demo sample from shared/sdo. Pure function of its input: same data in, same bytes out.</summary>
internal static class SampleMaker
{
    public const string IsoFile = "iso_deliverables_metadata.jsonl";
    public const string ProvenanceFile = "iso_deliverables_provenance.jsonl";
    public const string CatalogueFile = "catalogue.jsonl";
    public const string CommitteesFile = "committees.jsonl";

    public static readonly string[] DataFiles = [IsoFile, ProvenanceFile, CatalogueFile, CommitteesFile];

    public static SampleReport Run(string sharedDir, string outDir)
    {
        var truth = TruthTable.Read(sharedDir);

        var iso = IsoSelection.Select(JsonLines.ReadGzip(Path.Combine(sharedDir, "iso/iso_deliverables_metadata.jsonl.gz")), truth);
        var provenance = IsoSelection.Provenance(JsonLines.ReadGzip(Path.Combine(sharedDir, "iso/iso_deliverables_provenance.jsonl.gz")), iso);

        var selected = new List<CatalogueRecord>();
        foreach (var (sdo, file) in CatalogueFiles.All)
        {
            selected.AddRange(CatalogueSelection.Select(sdo, CatalogueFiles.Read(sharedDir, file), truth)
                .OrderBy(r => r.Designation, StringComparer.Ordinal)
                .ThenBy(r => r.DocId, StringComparer.Ordinal)
                .ThenBy(r => r.Index));
        }

        var relations = new RelationFilter(selected, iso);
        var catalogue = selected.Select(relations.StripToFacts).ToList();

        var committees = CommitteeSelection.Select(
            JsonLines.ReadGzip(Path.Combine(sharedDir, "iso/iso_technical_committees.jsonl.gz")), iso, selected);

        Directory.CreateDirectory(outDir);
        var files = new List<FileStat>
        {
            Write(outDir, IsoFile, iso.Select(JsonLines.SerializeNode)),
            Write(outDir, ProvenanceFile, provenance.Select(JsonLines.SerializeNode)),
            Write(outDir, CatalogueFile, catalogue.Select(JsonLines.SerializeNode)),
            Write(outDir, CommitteesFile, committees.Select(JsonLines.Serialize)),
        };

        var report = new SampleReport(SampleCounts.Of(iso, catalogue), SampleCounts.Committees(committees), files);
        JsonLines.WriteText(Path.Combine(outDir, ReadmeWriter.FileName), ReadmeWriter.Render(report));
        return report;
    }

    private static FileStat Write(string outDir, string name, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        var path = Path.Combine(outDir, name);
        JsonLines.Write(path, list);
        return new FileStat(name, list.Count, new FileInfo(path).Length);
    }
}
