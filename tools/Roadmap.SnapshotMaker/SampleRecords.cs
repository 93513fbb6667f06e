using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roadmap.SnapshotMaker;

/// <summary>The facts the snapshot is built from: ITU-T lines of catalogue.jsonl, ISO Open Data lines and their sidecar.</summary>
internal static class SampleRecords
{
    public static List<ItuRecord> Itu(string samples) =>
        [.. Lines(Path.Combine(samples, "catalogue.jsonl"), SampleJsonContext.Default.ItuRecord).Where(r => r.Sdo == "ITU-T")];

    public static List<IsoRecord> Iso(string samples)
    {
        var sidecar = Lines(Path.Combine(samples, "iso_deliverables_provenance.jsonl"), SampleJsonContext.Default.IsoSidecar).ToDictionary(s => s.Id);
        return [.. Lines(Path.Combine(samples, "iso_deliverables_metadata.jsonl"), SampleJsonContext.Default.IsoRecord)
            .Select(r => r with { Sidecar = sidecar.GetValueOrDefault(r.Id) })];
    }

    private static IEnumerable<T> Lines<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize(l, type)!);
}

internal sealed record ItuRecord(
    [property: JsonPropertyName("sdo")] string Sdo,
    [property: JsonPropertyName("designation")] string Designation,
    [property: JsonPropertyName("docid")] string DocId,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("committee")] string? Committee,
    [property: JsonPropertyName("url")] string? Url);

internal sealed record IsoRecord(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("reference")] string Reference,
    [property: JsonPropertyName("title")] IsoTitle Title,
    [property: JsonPropertyName("edition")] int? Edition,
    [property: JsonPropertyName("icsCode")] List<string>? Ics,
    [property: JsonPropertyName("ownerCommittee")] string? Committee,
    [property: JsonPropertyName("currentStage")] int Stage,
    [property: JsonPropertyName("replaces")] List<string>? Replaces,
    [property: JsonPropertyName("replacedBy")] List<string>? ReplacedBy)
{
    public IsoSidecar? Sidecar { get; init; }
}

internal sealed record IsoTitle([property: JsonPropertyName("en")] string? En);

internal sealed record IsoSidecar([property: JsonPropertyName("id")] long Id, [property: JsonPropertyName("publishedMonth")] string? PublishedMonth);

[JsonSerializable(typeof(ItuRecord))]
[JsonSerializable(typeof(IsoRecord))]
[JsonSerializable(typeof(IsoSidecar))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
