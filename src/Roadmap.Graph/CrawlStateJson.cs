using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Core.Crawling;

namespace Roadmap.Graph;

/// <summary>How every crawl state store writes listing counts and document keys as JSON, and reads the old ledger's lines.</summary>
public static class CrawlStateJson
{
    public static string FormatCounts(IReadOnlyDictionary<string, int> counts) =>
        JsonSerializer.Serialize(counts.ToDictionary(StringComparer.Ordinal), CrawlStateJsonContext.Default.DictionaryStringInt32);

    public static Dictionary<string, int> ParseCounts(string json) =>
        new(JsonSerializer.Deserialize(json, CrawlStateJsonContext.Default.DictionaryStringInt32) ?? [], StringComparer.Ordinal);

    public static string FormatKeys(IReadOnlyList<string> keys) =>
        JsonSerializer.Serialize([.. keys], CrawlStateJsonContext.Default.ListString);

    public static List<string> ParseKeys(string json) =>
        JsonSerializer.Deserialize(json, CrawlStateJsonContext.Default.ListString) ?? [];

    /// <summary>A line of the old <c>crawl/provenance.jsonl</c> (camelCase JSON), or null when it is torn or incomplete.</summary>
    public static CrawlProvenance? ParseLedgerLine(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, CrawlStateJsonContext.Default.CrawlProvenance);
        }
        catch (JsonException)
        {
            return null; // a line torn by a kill; the store still has the change itself
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(CrawlProvenance))]
internal sealed partial class CrawlStateJsonContext : JsonSerializerContext;
