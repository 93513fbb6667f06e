using System.Text;
using System.Text.Json;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// Where each run read each document it added or changed: source URL, fetch time and content hash, one JSON line per
/// page. The store records the field-level diff; this ledger joins it to the page it came from, by run and key.
/// </summary>
public sealed class ProvenanceLedger(string path)
{
    public sealed record Line(string RunId, string Url, DateTimeOffset FetchedAt, string ContentHash, IReadOnlyList<string> Keys);

    public void Append(Line line)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, JsonSerializer.Serialize(line, CrawlJsonLineContext.Default.Line) + "\n", Encoding.UTF8);
    }

    /// <summary>The last page of a run that carried a document, per (run, key).</summary>
    public Dictionary<(string RunId, string Key), Line> Load()
    {
        var index = new Dictionary<(string, string), Line>();
        if (!File.Exists(path))
        {
            return index;
        }

        foreach (var text in File.ReadLines(path))
        {
            Line? line;
            try
            {
                line = JsonSerializer.Deserialize(text, CrawlJsonLineContext.Default.Line);
            }
            catch (JsonException)
            {
                continue; // a line torn by a kill; the store still has the change itself
            }

            foreach (var key in line?.Keys ?? [])
            {
                index[(line!.RunId, key)] = line;
            }
        }

        return index;
    }
}
