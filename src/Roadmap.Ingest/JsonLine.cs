using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Roadmap.Ingest;

/// <summary>Reads one JSON Lines record, or says why it cannot be read: every mapper starts here.</summary>
internal static class JsonLine
{
    /// <returns>The record, or null with <paramref name="rejection"/> saying why (malformed, or not an object).</returns>
    public static T? Read<T>(string line, JsonTypeInfo<T> type, out MappedRecord? rejection)
        where T : class
    {
        try
        {
            var row = JsonSerializer.Deserialize(line, type);
            rejection = row is null ? MappedRecord.Rejected("empty record") : null;
            return row;
        }
        catch (JsonException ex)
        {
            rejection = MappedRecord.Rejected($"malformed JSON: {ex.Message}");
            return null;
        }
    }
}
