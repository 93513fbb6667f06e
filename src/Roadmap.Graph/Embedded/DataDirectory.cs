using System.Text.Json;
using Roadmap.Core.Graph;

namespace Roadmap.Graph.Embedded;

/// <summary>
/// The folder that holds an embedded Roadmap installation: the graph database, the search index and caches.
/// A marker file tells a Roadmap folder from someone else's, so Roadmap never writes into a folder it did not make.
/// </summary>
public sealed class DataDirectory
{
    public const string MarkerFileName = "roadmap-data.json";
    private const string Format = "roadmap-data";
    private const int Version = 1;
    private static readonly JsonSerializerOptions MarkerJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault };

    private DataDirectory(string root) => Root = root;

    public string Root { get; }

    public string GraphDatabasePath => Path.Combine(Root, "graph.db");

    public string IndexPath => Path.Combine(Root, "index");

    public string CachePath => Path.Combine(Root, "cache");

    /// <summary>Opens a Roadmap data folder, creating it when it does not exist or is empty.</summary>
    /// <exception cref="GraphStoreException">
    /// The path is a file, a foreign folder, or a Roadmap folder of an unknown version, or its graph database is missing
    /// or empty while the folder says it holds one (never taken for a new, empty graph).
    /// </exception>
    public static DataDirectory OpenOrCreate(string path)
    {
        var root = Path.GetFullPath(path);
        if (File.Exists(root))
        {
            throw new GraphStoreException($"The data path '{root}' is a file, not a folder. Point --data (or ROADMAP_DATA) at a folder.");
        }

        var marker = Path.Combine(root, MarkerFileName);
        // Temporary copies of the marker alone: a creation cut short before the marker was in place.
        if (!Directory.Exists(root) || Directory.EnumerateFileSystemEntries(root).All(IsMarkerCopy))
        {
            return Create(root, marker);
        }

        if (!File.Exists(marker))
        {
            throw new GraphStoreException(
                $"The folder '{root}' is not empty and is not a Roadmap data folder (no {MarkerFileName}). " +
                "Choose a new or empty folder with --data, or ROADMAP_DATA.");
        }

        Marker? read;
        try
        {
            read = JsonSerializer.Deserialize<Marker>(File.ReadAllText(marker));
        }
        catch (JsonException ex)
        {
            throw new GraphStoreException($"The Roadmap data folder '{root}' has a damaged {MarkerFileName}: {ex.Message}", ex);
        }

        if (read is null || read.Format != Format)
        {
            throw new GraphStoreException($"'{root}' holds a {MarkerFileName} of another program; it is not a Roadmap data folder.");
        }

        if (read.Version > Version)
        {
            throw new GraphStoreException($"The data folder '{root}' was written by a newer Roadmap (format {read.Version}); this one reads format {Version}.");
        }

        var directory = new DataDirectory(root);
        if (read.Creating)
        {
            // A creation cut short (the process died between the marker and the database): finish it.
            return Create(root, marker);
        }

        directory.CheckGraphFile();
        return directory;
    }

    /// <summary>
    /// A new folder: the marker says "being created", then the graph database file is made, then the marker says "made".
    /// From then on a missing or empty database is an error, never a new graph: a crash at any point leaves either an
    /// unfinished creation (finished by the next open) or a whole folder.
    /// </summary>
    private static DataDirectory Create(string root, string marker)
    {
        Directory.CreateDirectory(root);
        WriteMarker(marker, new Marker(Format, Version, Creating: true));
        var directory = new DataDirectory(root);
        GraphFile.Create(directory.GraphDatabasePath);
        WriteMarker(marker, new Marker(Format, Version));
        return directory;
    }

    private void CheckGraphFile()
    {
        var graph = new FileInfo(GraphDatabasePath);
        var missing = !graph.Exists ? "graph.db is missing" : graph.Length == 0 ? "graph.db is empty (0 bytes)" : null;
        if (missing is null)
        {
            return;
        }

        var beside = Directory.Exists(IndexPath) ? $"{MarkerFileName} and a search index (index/)" : MarkerFileName;
        throw new GraphStoreException(
            $"The data folder '{Root}' has lost its graph database: {missing}, next to {beside}. " +
            "Nothing was written. Restore graph.db from a backup (with its -wal file, if any), or to start afresh use a new " +
            "data folder (or empty this one).");
    }

    private static void WriteMarker(string marker, Marker content)
    {
        // Replaced whole, so a crash leaves the old marker or the new one, never half of one; a copy of its own per writer,
        // as two processes may open a new folder at once.
        var temporary = $"{marker}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(content, MarkerJson));
        File.Move(temporary, marker, overwrite: true);
    }

    private static bool IsMarkerCopy(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith(MarkerFileName + ".", StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal);
    }

    /// <param name="Creating">True only while the folder is being made (absent, so false, in every made folder).</param>
    private sealed record Marker(string Format, int Version, bool Creating = false);
}
