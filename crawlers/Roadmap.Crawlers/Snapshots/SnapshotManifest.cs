using System.Text;
using System.Text.Json;

namespace Roadmap.Crawlers.Snapshots;

/// <summary>
/// <c>manifest.json</c> of a snapshot folder: the seeds each source started from and, per URL, the file holding the
/// response body with its status and headers. Bodies are stored byte for byte, in their original charset.
/// </summary>
public sealed record SnapshotManifest
{
    public const string FileName = "manifest.json";

    /// <summary>Per source name, seed lines <c>kind url</c>; replaying uses them instead of the configured seeds.</summary>
    public SortedDictionary<string, List<string>> Seeds { get; init; } = new(StringComparer.Ordinal);

    public List<SnapshotEntry> Entries { get; init; } = [];

    public static SnapshotManifest Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{folder}' is not a snapshot: it has no {FileName}", path);
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CrawlJsonContext.Default.SnapshotManifest)
                ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a snapshot manifest: {ex.Message}", ex);
        }
    }

    public void Save(string folder)
    {
        var sorted = this with { Entries = [.. Entries.OrderBy(e => e.Url, StringComparer.Ordinal)] };
        var json = JsonSerializer.Serialize(sorted, CrawlJsonContext.Default.SnapshotManifest).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        AtomicFile.Write(Path.Combine(folder, FileName), Encoding.UTF8.GetBytes(json));
    }
}

/// <summary>One recorded response.</summary>
public sealed record SnapshotEntry
{
    public required string Url { get; init; }

    /// <summary>The body's path relative to the snapshot folder, with <c>/</c> separators.</summary>
    public required string File { get; init; }

    public int Status { get; init; } = 200;

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }
}
