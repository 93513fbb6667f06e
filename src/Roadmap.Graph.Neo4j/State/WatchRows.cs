using System.Text.Json;
using Roadmap.Core.Watches;
using Roadmap.Graph.Neo4j.Http;
using Roadmap.Graph.Serialization;

namespace Roadmap.Graph.Neo4j.State;

/// <summary>
/// Maps watch records to statement parameters and result rows back, with the stored forms of the SQLite store: the
/// definition's JSON (<see cref="WatchJsonContext"/>), enums by name and times as <see cref="StoredTime"/> text (which
/// sorts and compares as the instants do, so due and lease checks are string comparisons in Cypher).
/// </summary>
internal static class WatchRows
{
    public static string DefinitionJson(Watch watch) => JsonSerializer.Serialize(
        new WatchDefinition
        {
            Rules = watch.Rules,
            Documents = [.. watch.Documents],
            SignificantOnly = watch.SignificantOnly,
            Shares = [.. watch.Shares],
            Delivery = watch.Delivery,
        },
        WatchJsonContext.Default.WatchDefinition);

    public static Watch ReadWatch(CypherRecord record)
    {
        var definition = JsonSerializer.Deserialize(record.RequiredString("json"), WatchJsonContext.Default.WatchDefinition)
            ?? throw new JsonException("a stored watch definition is null");
        return new Watch
        {
            Id = record.RequiredString("id"),
            OwnerKeyId = record.RequiredString("ownerKeyId"),
            Name = record.RequiredString("name"),
            Rules = definition.Rules,
            Documents = definition.Documents,
            SignificantOnly = definition.SignificantOnly,
            Shares = definition.Shares,
            Delivery = definition.Delivery,
            CreatedAt = StoredTime.Parse(record.RequiredString("createdAt")),
        };
    }

    public static Dictionary<string, object?> EventRow(WatchEvent watchEvent, long id) => new(StringComparer.Ordinal)
    {
        ["id"] = id,
        ["watchId"] = watchEvent.WatchId,
        ["kind"] = watchEvent.Kind.ToString(),
        ["idempotencyKey"] = watchEvent.IdempotencyKey,
        ["documentKey"] = watchEvent.DocumentKey,
        ["committeeKey"] = watchEvent.CommitteeKey,
        ["gapId"] = watchEvent.GapId,
        ["title"] = watchEvent.Title,
        ["before"] = watchEvent.Before,
        ["after"] = watchEvent.After,
        ["significant"] = watchEvent.Significant,
        ["changeSeq"] = watchEvent.ChangeSeq,
        ["actor"] = watchEvent.Actor,
        ["runId"] = watchEvent.RunId,
        ["occurredAt"] = StoredTime.Format(watchEvent.OccurredAt),
        ["recordedAt"] = StoredTime.Format(watchEvent.RecordedAt),
    };

    public static Dictionary<string, object?> DeliveryRow(long id, long eventId, string watchId, PendingDelivery delivery) => new(StringComparer.Ordinal)
    {
        ["id"] = id,
        ["eventId"] = eventId,
        ["watchId"] = watchId,
        ["channel"] = delivery.Channel.ToString(),
        ["nextAttemptAt"] = StoredTime.Format(delivery.DueAt),
    };

    /// <summary>Reads the event columns (<c>CypherStatements.WatchEventColumns</c>) of a row.</summary>
    public static WatchEvent ReadEvent(CypherRecord record) => new()
    {
        Id = record.Long("id"),
        WatchId = record.RequiredString("watchId"),
        Kind = Enum.Parse<WatchEventKind>(record.RequiredString("kind")),
        IdempotencyKey = record.RequiredString("idempotencyKey"),
        DocumentKey = record.String("documentKey"),
        CommitteeKey = record.String("committeeKey"),
        GapId = record.String("gapId"),
        Title = record.RequiredString("title"),
        Before = record.String("before"),
        After = record.String("after"),
        Significant = record.Bool("significant"),
        ChangeSeq = record["changeSeq"] is null ? null : record.Long("changeSeq"),
        Actor = record.RequiredString("actor"),
        RunId = record.String("runId"),
        OccurredAt = StoredTime.Parse(record.RequiredString("occurredAt")),
        RecordedAt = StoredTime.Parse(record.RequiredString("recordedAt")),
    };

    /// <summary>Reads a delivery with its event (<c>WatchDeliveryColumns</c> and <c>WatchEventColumns</c>).</summary>
    public static DeliveryItem ReadDelivery(CypherRecord record) => new()
    {
        Id = record.Long("deliveryId"),
        Channel = Enum.Parse<DeliveryChannel>(record.RequiredString("channel")),
        State = Enum.Parse<DeliveryState>(record.RequiredString("state")),
        Attempts = (int)record.Long("attempts"),
        NextAttemptAt = StoredTime.Parse(record.RequiredString("nextAttemptAt")),
        Event = ReadEvent(record),
    };

    public static DeliveryAttempt ReadAttempt(CypherRecord record) => new()
    {
        Id = record.Long("id"),
        DeliveryId = record.Long("deliveryId"),
        WatchId = record.RequiredString("watchId"),
        EventId = record.Long("eventId"),
        Channel = Enum.Parse<DeliveryChannel>(record.RequiredString("channel")),
        At = StoredTime.Parse(record.RequiredString("at")),
        Succeeded = record.Bool("succeeded"),
        Detail = record.RequiredString("detail"),
        Outcome = Enum.Parse<DeliveryState>(record.RequiredString("outcome")),
        NextAttemptAt = record.String("nextAttemptAt") is { } next ? StoredTime.Parse(next) : null,
        Instance = record.RequiredString("instance"),
    };

    public static FeedToken ReadFeedToken(CypherRecord record) => new()
    {
        Hash = record.RequiredString("hash"),
        Scope = Enum.Parse<FeedScope>(record.RequiredString("scope")),
        Target = record.RequiredString("target"),
        OwnerKeyId = record.RequiredString("ownerKeyId"),
        CreatedAt = StoredTime.Parse(record.RequiredString("createdAt")),
    };
}
