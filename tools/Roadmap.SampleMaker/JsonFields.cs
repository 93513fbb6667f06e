using System.Text.Json;
using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>Null-tolerant reads of the few fields the selection rules look at.</summary>
internal static class JsonFields
{
    public static string? Text(this JsonObject row, string key) =>
        row[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int Int(this JsonObject row, string key) =>
        row[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : 0;

    public static IEnumerable<string> Texts(this JsonObject row, string key) =>
        row[key] is JsonArray list ? list.OfType<JsonValue>().Select(v => v.GetValue<string>()) : [];

    /// <summary>The English title of an ISO line (<c>title.en</c>).</summary>
    public static string? EnglishTitle(this JsonObject row) =>
        row["title"] is JsonObject title ? title.Text("en") : null;
}
