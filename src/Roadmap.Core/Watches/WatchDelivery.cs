namespace Roadmap.Core.Watches;

/// <summary>Where a watch's events go besides its Atom feed (which every watch has).</summary>
public sealed record WatchDelivery
{
    /// <summary>An http(s) URL that gets each event as a signed POST.</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>The HMAC-SHA256 key the webhook's signature is made with (generated when the webhook is set).</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>The address digests are mailed to.</summary>
    public string? Email { get; init; }

    public DigestSchedule Digest { get; init; } = DigestSchedule.None;

    /// <summary>The secret in the watch feed's URL (feed readers cannot send headers).</summary>
    public string? FeedToken { get; init; }
}
