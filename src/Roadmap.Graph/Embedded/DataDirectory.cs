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

    private DataDirectory(string root) => Root = root;

    public string Root { get; }

    public string GraphDatabasePath => Path.Combine(Root, "graph.db");

    public string IndexPath => Path.Combine(Root, "index");

    public string CachePath => Path.Combine(Root, "cache");

    /// <summary>Opens a Roadmap data folder, creating it when it does not exist or is empty.</summary>
    /// <exception cref="GraphStoreException">The path is a file, a foreign folder, or a Roadmap folder of an unknown version.</exception>
    public static DataDirectory OpenOrCreate(string path)
    {
        var root = Path.GetFullPath(path);
        if (File.Exists(root))
        {
            throw new GraphStoreException($"The data path '{root}' is a file, not a folder. Point --data (or ROADMAP_DATA) at a folder.");
        }

        var marker = Path.Combine(root, MarkerFileName);
        if (!Directory.Exists(root) || !Directory.EnumerateFileSystemEntries(root).Any())
        {
            Directory.CreateDirectory(root);
            File.WriteAllText(marker, JsonSerializer.Serialize(new Marker(Format, Version)));
            return new DataDirectory(root);
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

        return new DataDirectory(root);
    }

    private sealed record Marker(string Format, int Version);
}
