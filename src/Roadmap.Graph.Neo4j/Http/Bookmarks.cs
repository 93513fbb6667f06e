using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// Read-your-writes on a cluster: the Query API answers every request with the bookmarks of the state it saw or made, and a
/// request that sends them is served by a member that has caught up to them. One process keeps the newest it was given
/// and sends them with every later request, so a read after a write (here, through any member) sees the write.
/// </summary>
internal sealed class Bookmarks
{
    private volatile string[] _latest = [];

    public IReadOnlyList<string> Latest => _latest;

    /// <summary>Writes <c>"bookmarks": […]</c> into a request body being written, when there are any.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        var latest = _latest;
        if (latest.Length == 0)
        {
            return;
        }

        writer.WriteStartArray("bookmarks");
        foreach (var bookmark in latest)
        {
            writer.WriteStringValue(bookmark);
        }

        writer.WriteEndArray();
    }

    /// <summary>Keeps the bookmarks of an answer; an answer without them (an error, an older server) changes nothing.</summary>
    public void Take(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("bookmarks", out var bookmarks)
            && bookmarks.ValueKind == JsonValueKind.Array
            && bookmarks.GetArrayLength() > 0)
        {
            // A later answer's bookmarks supersede the earlier ones (the server folds them), so the newest are enough.
            _latest = bookmarks.EnumerateArray().Select(b => b.GetString()).OfType<string>().ToArray();
        }
    }
}
