using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Roadmap.SampleMaker;

/// <summary>Reads the gzip JSON Lines of the shared data and writes the sample's JSON Lines byte-stably.</summary>
internal static class JsonLines
{
    /// <summary>Relaxed escaping keeps "—" and accented titles readable in a reviewed diff.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every line of a <c>.jsonl.gz</c> as a JSON object, in file order (JsonObject keeps the key order).</summary>
    public static List<JsonObject> ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var rows = new List<JsonObject>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(JsonNode.Parse(line)?.AsObject() ?? throw new InvalidDataException($"{path}: a line is not an object"));
            }
        }

        return rows;
    }

    public static string SerializeNode(JsonNode node) => node.ToJsonString(Options);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Writes lines with "\n" endings and no BOM whatever the platform, so output is byte-identical everywhere.</summary>
    public static void Write(string path, IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        WriteText(path, text.ToString());
    }

    public static void WriteText(string path, string text) => File.WriteAllText(path, text, Utf8NoBom);
}
