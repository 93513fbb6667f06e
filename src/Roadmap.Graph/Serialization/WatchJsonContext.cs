using System.Text.Json.Serialization;
using Roadmap.Core.Watches;

namespace Roadmap.Graph.Serialization;

/// <summary>The stored JSON form of a watch's definition (everything but its id, owner, name and creation time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(WatchDefinition))]
internal sealed partial class WatchJsonContext : JsonSerializerContext;

/// <summary>The part of a <see cref="Watch"/> kept as JSON.</summary>
internal sealed record WatchDefinition
{
    public required WatchRules Rules { get; init; }

    public List<string> Documents { get; init; } = [];

    public bool SignificantOnly { get; init; }

    public List<WatchShare> Shares { get; init; } = [];

    public WatchDelivery Delivery { get; init; } = new();
}
