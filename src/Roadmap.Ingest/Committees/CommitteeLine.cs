using System.Text.Json.Serialization;

namespace Roadmap.Ingest.Committees;

/// <summary>One line of a committees file: <c>{key, body, title, parent, studyPeriod}</c>.</summary>
internal sealed record CommitteeLine
{
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("parent")]
    public string? Parent { get; init; }

    [JsonPropertyName("studyPeriod")]
    public string? StudyPeriod { get; init; }
}

[JsonSerializable(typeof(CommitteeLine))]
internal sealed partial class CommitteeJsonContext : JsonSerializerContext;
