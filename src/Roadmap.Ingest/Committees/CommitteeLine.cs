using System.Text.Json.Serialization;

namespace Roadmap.Ingest.Committees;

/// <summary>One line of a committees file: <c>{key, body, title, parent, studyPeriod, liaisons}</c>.</summary>
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

    /// <summary>Registered liaisons of this committee: <c>[{with, category, since, note}]</c>.</summary>
    [JsonPropertyName("liaisons")]
    public IReadOnlyList<LiaisonEntry>? Liaisons { get; init; }

    internal sealed record LiaisonEntry
    {
        [JsonPropertyName("with")]
        public string? With { get; init; }

        [JsonPropertyName("category")]
        public string? Category { get; init; }

        [JsonPropertyName("since")]
        public string? Since { get; init; }

        [JsonPropertyName("note")]
        public string? Note { get; init; }
    }
}

[JsonSerializable(typeof(CommitteeLine))]
internal sealed partial class CommitteeJsonContext : JsonSerializerContext;
