using System.IO.Compression;
using System.Text;
using Roadmap.TestKit;

namespace Roadmap.Ingest.Tests.Reliability;

/// <summary>
/// The feed lines fuzzing starts from: the first lines of every shared/sdo feed when present, and the repository's
/// samples (ISO Open Data, catalogue and committee lines) always.
/// </summary>
internal static class FuzzLines
{
    public static IReadOnlyList<byte[]> Load()
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var lines = new List<string>();
        lines.AddRange(File.ReadLines(Path.Combine(samples, "iso_deliverables_metadata.jsonl")).Take(40));
        lines.AddRange(File.ReadLines(Path.Combine(samples, "catalogue.jsonl")).Where((_, i) => i % 20 == 0));
        lines.AddRange(File.ReadLines(Path.Combine(samples, "committees.jsonl")));
        if (SharedData.SdoRoot is { } sdo)
        {
            lines.AddRange(Gzipped(Path.Combine(sdo, "iso", "iso_deliverables_metadata.jsonl.gz")).Take(50));
            foreach (var feed in Directory.GetFiles(Path.Combine(sdo, "catalogue"), "*.jsonl.gz").Order(StringComparer.Ordinal))
            {
                lines.AddRange(Gzipped(feed).Take(25));
            }
        }

        return [.. lines.Where(l => l.Length > 0).Select(Encoding.UTF8.GetBytes)];
    }

    private static IEnumerable<string> Gzipped(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
