using System.IO.Compression;
using System.Text.Json;
using Roadmap.TestKit;

namespace Roadmap.Core.Tests.Designations;

/// <summary>Reads the designation strings out of the shared SDO data (skipping the test when it is absent).</summary>
internal static class RealDesignations
{
    /// <summary>(sdo, designation) rows of the hand-checked DLT table.</summary>
    public static IReadOnlyList<(string Sdo, string Designation)> TruthTable()
    {
        var path = SharedData.Require("dlt_standards_truth.csv");
        return ReadCsv(File.ReadAllText(path)).Skip(1).Where(r => r.Count >= 3).Select(r => (r[0], r[2])).ToList();
    }

    /// <summary>RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks (the notes column does).</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Each ISO deliverable's reference with its replaces/replacedBy references.</summary>
    public static IReadOnlyList<(string Reference, IReadOnlyList<string> Related)> IsoDeliverables()
    {
        var list = new List<(string, IReadOnlyList<string>)>();
        foreach (var json in Lines("iso/iso_deliverables_metadata.jsonl.gz"))
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var related = new List<string>();
            foreach (var name in new[] { "replaces", "replacedBy" })
            {
                if (root.GetProperty(name) is { ValueKind: JsonValueKind.Array } array)
                {
                    related.AddRange(array.EnumerateArray().Select(e => e.GetString()!));
                }
            }

            list.Add((root.GetProperty("reference").GetString()!, related));
        }

        return list;
    }

    /// <summary>Each catalogue record's designation, docid and relation docids.</summary>
    public static IReadOnlyList<CatalogueRecord> Catalogue(string body)
    {
        var list = new List<CatalogueRecord>();
        foreach (var json in Lines($"catalogue/{body}.jsonl.gz"))
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var relations = root.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("docid").GetString()!).ToList();
            list.Add(new CatalogueRecord(root.GetProperty("designation").GetString()!, root.GetProperty("docid").GetString()!, relations));
        }

        return list;
    }

    private static IEnumerable<string> Lines(string relativePath)
    {
        var path = SharedData.Require(relativePath);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}

internal sealed record CatalogueRecord(string Designation, string Docid, IReadOnlyList<string> Relations);
