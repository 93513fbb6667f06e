namespace Roadmap.SampleMaker;

/// <summary>The four catalogue files of shared/sdo, in the order the sample lists them.</summary>
internal static class CatalogueFiles
{
    public static readonly (string Sdo, string File)[] All =
    [
        ("ITU-T", "catalogue/itu-t.jsonl.gz"),
        ("ETSI", "catalogue/etsi.jsonl.gz"),
        ("IEEE", "catalogue/ieee.jsonl.gz"),
        ("W3C", "catalogue/w3c.jsonl.gz"),
    ];

    public static List<CatalogueRecord> Read(string sharedDir, string file) =>
        [.. JsonLines.ReadGzip(Path.Combine(sharedDir, file)).Select((json, i) => new CatalogueRecord(i, json))];
}
