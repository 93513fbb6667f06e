namespace Roadmap.Core.Watches;

/// <summary>
/// A standing subscription owned by an API key: rules over the graph's changes and the gaps' and overlaps' life, plus
/// hand-picked documents, and how its events are delivered (feed, webhook, e-mail digest).
/// </summary>
public sealed record Watch
{
    /// <summary>The watch's id, e.g. <c>w_3f2a9c0d1e7b</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the API key that owns it (<c>local</c> for watches made with the CLI on the data folder).</summary>
    public required string OwnerKeyId { get; init; }

    public required string Name { get; init; }

    public required WatchRules Rules { get; init; }

    /// <summary>Documents watched whatever the rules say (keys).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Only the body's significant transitions (schema/significant-transitions.csv), new documents and new editions.</summary>
    public bool SignificantOnly { get; init; }

    public IReadOnlyList<WatchShare> Shares { get; init; } = [];

    public WatchDelivery Delivery { get; init; } = new();

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Whether <paramref name="keyId"/> may see the watch and its events.</summary>
    public bool CanView(string keyId) => OwnerKeyId == keyId || Shares.Any(s => s.KeyId == keyId);

    /// <summary>Whether <paramref name="keyId"/> may change or remove the watch.</summary>
    public bool CanModify(string keyId) => OwnerKeyId == keyId || Shares.Any(s => s.KeyId == keyId && s.Right == WatchRight.Modify);
}
