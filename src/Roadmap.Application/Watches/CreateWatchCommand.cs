using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>A new watch (or, with <see cref="WatchService.UpdateAsync"/>, a watch's new definition).</summary>
public sealed record CreateWatchCommand
{
    public required string Name { get; init; }

    public WatchRules Rules { get; init; } = new();

    public IReadOnlyList<string> Documents { get; init; } = [];

    public bool SignificantOnly { get; init; }

    public Uri? WebhookUrl { get; init; }

    public string? Email { get; init; }

    public DigestSchedule Digest { get; init; } = DigestSchedule.None;
}
