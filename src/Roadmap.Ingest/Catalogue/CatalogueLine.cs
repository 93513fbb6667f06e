using System.Text.Json.Serialization;

namespace Roadmap.Ingest.Catalogue;

/// <summary>One line of the neutral catalogue format shared by the ITU-T, ETSI, IEEE and W3C feeds.</summary>
internal sealed record CatalogueLine
{
    [JsonPropertyName("sdo")]
    public string? Sdo { get; init; }

    [JsonPropertyName("designation")]
    public string? Designation { get; init; }

    [JsonPropertyName("docid")]
    public string? DocId { get; init; }

    [JsonPropertyName("edition")]
    public string? Edition { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("committee")]
    public string? Committee { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("abstract")]
    public string? Abstract { get; init; }

    [JsonPropertyName("relations")]
    public List<CatalogueRelation>? Relations { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }
}

internal sealed record CatalogueRelation
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("docid")]
    public string? DocId { get; init; }
}

[JsonSerializable(typeof(CatalogueLine))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
