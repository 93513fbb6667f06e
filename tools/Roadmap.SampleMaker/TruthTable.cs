namespace Roadmap.SampleMaker;

/// <summary>One row of <c>dlt_standards_truth.csv</c>; only the SDO and designation drive the selection.</summary>
internal sealed record TruthRow(string Sdo, string Committee, string Designation, string Title, string Status);

/// <summary>The hand-checked DLT ground truth: whatever it names must be in the sample when the shared data has it.</summary>
internal static class TruthTable
{
    public const string FileName = "dlt_standards_truth.csv";

    public static List<TruthRow> Read(string sharedDir)
    {
        var rows = Csv.Parse(File.ReadAllText(Path.Combine(sharedDir, FileName)));
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name);
        int sdo = Column("sdo"), committee = Column("committee"), designation = Column("designation"),
            title = Column("title"), status = Column("status");
        return [.. rows.Skip(1)
            .Where(r => r.Length == header.Length)
            .Select(r => new TruthRow(r[sdo], r[committee], r[designation], r[title], r[status]))];
    }

    public static bool IsIso(TruthRow row) => row.Sdo is "ISO" or "ISO/IEC";
}
