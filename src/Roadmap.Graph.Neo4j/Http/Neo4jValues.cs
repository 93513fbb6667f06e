using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Roadmap.Graph.Neo4j.Http;

/// <summary>
/// Maps values between .NET and Neo4j's JSON: null, bool, integer (long), float (double), string, list and map both ways;
/// typed JSON (<c>{"$type": …, "_value": …}</c>, the Query API's <c>application/vnd.neo4j.query</c>) on the way in.
/// </summary>
internal static class Neo4jValues
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                // Neo4j reads a JSON number without fraction as an integer; a whole double keeps a ".0" so it stays a float.
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                writer.WriteRawValue(double.IsInteger(d) && Math.Abs(d) < 1e15 ? d.ToString("F1", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent to Neo4j as a parameter.", nameof(value));
        }
    }

    /// <summary>Reads one value; <paramref name="typed"/> says the response is typed JSON.</summary>
    public static object? Read(JsonElement element, bool typed) =>
        typed && element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$type", out var type)
            ? ReadTyped(type.GetString(), element.TryGetProperty("_value", out var inner) ? inner : default)
            : ReadPlain(element, typed);

    private static object? ReadPlain(JsonElement element, bool typed) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(e => Read(e, typed)).ToList(),
        JsonValueKind.Object => ReadMap(element, typed),
        _ => throw new JsonException($"unexpected JSON {element.ValueKind}"),
    };

    private static Dictionary<string, object?> ReadMap(JsonElement element, bool typed)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value, typed);
        }

        return map;
    }

    private static object? ReadTyped(string? type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.GetBoolean(),
        // Integers and floats travel as strings so no precision is lost on the way.
        "Integer" => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
        "Float" => ParseFloat(value.GetString()!),
        "String" => value.GetString(),
        "Base64" => Convert.FromBase64String(value.GetString()!),
        "List" => value.EnumerateArray().Select(e => Read(e, typed: true)).ToList(),
        "Map" => ReadMap(value, typed: true),
        // A node or relationship is read as its properties: the store never needs element ids.
        "Node" or "Relationship" => value.TryGetProperty("_properties", out var props) ? ReadMap(props, typed: true) : new Dictionary<string, object?>(),
        "Path" => value.EnumerateArray().Select(e => Read(e, typed: true)).ToList(),
        // Temporal, spatial, duration and newer types keep their ISO-8601 / WKT text.
        _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
    };

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
