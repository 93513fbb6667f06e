using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>The JSON body of a webhook POST: the event, with its watch.</summary>
internal sealed record WebhookPayload(
    long Id, string WatchId, string WatchName, string Kind, string IdempotencyKey, string Title, string? DocumentKey, string? CommitteeKey,
    string? GapId, string? Before, string? After, bool Significant, long? ChangeSeq, string Actor, string? RunId, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt)
{
    public static string Serialize(Watch watch, WatchEvent e) => JsonSerializer.Serialize(
        new WebhookPayload(e.Id, e.WatchId, watch.Name, e.Kind.ToString(), e.IdempotencyKey, e.Title, e.DocumentKey, e.CommitteeKey, e.GapId,
            e.Before, e.After, e.Significant, e.ChangeSeq, e.Actor, e.RunId, e.OccurredAt, e.RecordedAt),
        WebhookJsonContext.Default.WebhookPayload);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
