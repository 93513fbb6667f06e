using System.Text.Json.Serialization;

namespace Roadmap.Ingest.IsoOpenData;

/// <summary>One line of ISO's Open Data <c>iso_deliverables_metadata.jsonl</c>, with the feed's own key names.</summary>
internal sealed record IsoOpenDataLine
{
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    [JsonPropertyName("deliverableType")]
    public string? DeliverableType { get; init; }

    [JsonPropertyName("supplementType")]
    public string? SupplementType { get; init; }

    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    [JsonPropertyName("title")]
    public LocalizedText? Title { get; init; }

    [JsonPropertyName("publicationDate")]
    public string? PublicationDate { get; init; }

    [JsonPropertyName("edition")]
    public int? Edition { get; init; }

    [JsonPropertyName("icsCode")]
    public List<string>? IcsCode { get; init; }

    [JsonPropertyName("ownerCommittee")]
    public string? OwnerCommittee { get; init; }

    [JsonPropertyName("currentStage")]
    public int? CurrentStage { get; init; }

    [JsonPropertyName("replaces")]
    public List<string>? Replaces { get; init; }

    [JsonPropertyName("replacedBy")]
    public List<string>? ReplacedBy { get; init; }

    [JsonPropertyName("scope")]
    public LocalizedText? Scope { get; init; }
}

internal sealed record LocalizedText
{
    [JsonPropertyName("en")]
    public string? En { get; init; }

    [JsonPropertyName("fr")]
    public string? Fr { get; init; }
}

[JsonSerializable(typeof(IsoOpenDataLine))]
internal sealed partial class IsoOpenDataJsonContext : JsonSerializerContext;
