using System.Globalization;
using Roadmap.Application.Watches;
using Roadmap.Core.Watches;

namespace Roadmap.Api.Watches;

/// <summary>
/// Atom feeds for feed readers, which cannot send headers, so each is opened by a token in its URL:
/// <c>GET /feeds/watches/{id}.atom?token=</c> (the watch's own token), <c>/feeds/documents.atom?key=&amp;token=</c> and
/// <c>/feeds/committees.atom?key=&amp;token=</c> (per-feed tokens from <c>createFeedToken</c>). A wrong token is 404, so
/// a feed's existence does not leak.
/// </summary>
internal static class WatchFeedApi
{
    private const int Entries = 100;
    private const string AtomType = "application/atom+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapWatchFeedApi(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds");
        feeds.MapGet("/watches/{file}", WatchFeedAsync).WithName("WatchFeed").WithSummary("A watch's events as Atom (token from the watch).");
        feeds.MapGet("/documents.atom", (HttpContext c, string? key, string? token, WatchFeeds f, CancellationToken ct) => ScopedFeedAsync(c, FeedScope.Document, key, token, f, ct))
            .WithName("DocumentFeed").WithSummary("Every event of one document as Atom (per-feed token).");
        feeds.MapGet("/committees.atom", (HttpContext c, string? key, string? token, WatchFeeds f, CancellationToken ct) => ScopedFeedAsync(c, FeedScope.Committee, key, token, f, ct))
            .WithName("CommitteeFeed").WithSummary("Events of a committee's documents (subtree included, last 90 days) as Atom (per-feed token).");
        return app;
    }

    private static async Task<IResult> WatchFeedAsync(HttpContext context, string file, string? token, WatchService watches, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!file.EndsWith(".atom", StringComparison.Ordinal) || string.IsNullOrEmpty(token))
        {
            return TypedResults.NotFound();
        }

        var feed = await watches.FeedAsync(file[..^".atom".Length], token, Entries, cancellationToken);
        if (feed is not { } found)
        {
            return TypedResults.NotFound();
        }

        var entries = found.Events.Select(e => new AtomFeed.Entry(
            "urn:roadmap:event:" + e.IdempotencyKey,
            e.Title,
            Summary(e.Kind, e.Before, e.After, e.Significant, e.Actor),
            e.RecordedAt,
            DocumentLink(context, e.DocumentKey)));
        var updated = found.Events.Count > 0 ? found.Events[0].RecordedAt : found.Watch.CreatedAt;
        var xml = AtomFeed.Write("urn:roadmap:watch:" + found.Watch.Id, $"Roadmap watch: {found.Watch.Name}", Self(context), updated, entries);
        return TypedResults.Text(xml, AtomType);
    }

    private static async Task<IResult> ScopedFeedAsync(HttpContext context, FeedScope scope, string? key, string? token, WatchFeeds feeds, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrEmpty(token))
        {
            return TypedResults.NotFound();
        }

        var events = await feeds.ReadAsync(scope, key, token, Entries, cancellationToken);
        if (events is null)
        {
            return TypedResults.NotFound();
        }

        var entries = events.Select(e => new AtomFeed.Entry(
            $"urn:roadmap:change:{e.IdempotencySuffix}",
            e.Title,
            Summary(e.Kind, e.Before, e.After, e.Significant, e.Actor),
            e.OccurredAt,
            DocumentLink(context, e.DocumentKey)));
        var updated = events.Count > 0 ? events.Max(e => e.OccurredAt) : DateTimeOffset.UnixEpoch;
        var name = scope == FeedScope.Document ? "document" : "committee";
        var xml = AtomFeed.Write($"urn:roadmap:{name}:{Uri.EscapeDataString(key)}", $"Roadmap {name}: {key}", Self(context), updated, entries);
        return TypedResults.Text(xml, AtomType);
    }

    private static string Summary(WatchEventKind kind, string? before, string? after, bool significant, string actor) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}{(significant ? " (significant)" : "")}: {before ?? "—"} → {after ?? "—"}; by {actor}");

    private static string? DocumentLink(HttpContext context, string? key) =>
        key is null ? null : $"{context.Request.Scheme}://{context.Request.Host}/ui/#/document/{Uri.EscapeDataString(key)}";

    // The token stays out of the self link: a feed's XML may be shared without giving away access.
    private static Uri Self(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}");
}
