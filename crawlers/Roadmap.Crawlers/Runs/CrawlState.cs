using System.Text;
using System.Text.Json;
using Roadmap.Crawlers.Fetching;

namespace Roadmap.Crawlers.Runs;

/// <summary>
/// The crawl's files under the data folder: <c>crawl/checkpoints/{source}.json</c>, <c>crawl/listings/{source}.json</c>
/// (item counts for the drift guard), <c>crawl/provenance.jsonl</c> and <c>crawl/http-cache/</c>.
/// </summary>
public sealed class CrawlState(string dataPath)
{
    public string Folder { get; } = Path.Combine(dataPath, "crawl");

    public HttpCache Cache => new(Path.Combine(Folder, "http-cache"));

    public ProvenanceLedger Ledger => new(Path.Combine(Folder, "provenance.jsonl"));

    public CrawlCheckpoint? LoadCheckpoint(string source) =>
        Read(CheckpointPath(source), CrawlJsonContext.Default.CrawlCheckpoint);

    public void SaveCheckpoint(CrawlCheckpoint checkpoint) =>
        Write(CheckpointPath(checkpoint.Source), JsonSerializer.Serialize(checkpoint, CrawlJsonContext.Default.CrawlCheckpoint));

    public void DeleteCheckpoint(string source) => File.Delete(CheckpointPath(source));

    public Dictionary<string, int> LoadListingCounts(string source) =>
        Read(Path.Combine(Folder, "listings", source + ".json"), CrawlJsonContext.Default.DictionaryStringInt32) ?? new(StringComparer.Ordinal);

    public void SaveListingCounts(string source, Dictionary<string, int> counts) =>
        Write(Path.Combine(Folder, "listings", source + ".json"), JsonSerializer.Serialize(counts, CrawlJsonContext.Default.DictionaryStringInt32));

    private string CheckpointPath(string source) => Path.Combine(Folder, "checkpoints", source + ".json");

    private static T? Read<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), type);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is damaged ({ex.Message}); delete it to start afresh", ex);
        }
    }

    private static void Write(string path, string json) => AtomicFile.Write(path, Encoding.UTF8.GetBytes(json));
}
