using System.CommandLine;
using System.Globalization;
using Roadmap.Application.Errors;
using Roadmap.Application.Watches;
using Roadmap.Core.Watches;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap watch add|list|events|remove</c>: watch lists on the data folder (owner <c>local</c>, which sees every
/// watch). Events appear after the change pipeline's next pass (an import or crawl runs one; so does the service);
/// webhooks and digests go out from the running service.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliConsole console) => new("watch", "Watch lists: standing subscriptions to changes, with feeds, webhooks and digests")
    {
        WatchAddVerb.Create(console),
        ListVerb(console),
        EventsVerb(console),
        RemoveVerb(console),
    };

    private static Command ListVerb(CliConsole console)
    {
        var json = GlobalOptions.Json("the watches");
        var command = new Command("list", "List the watches") { json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var (service, state) = await OpenAsync(result, ct);
            await using var _ = state;
            var all = await service.ListAsync(WatchCaller.Local, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(all.Select(Shape));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Name", "Owner", "Rules", "Delivery");
            foreach (var w in all)
            {
                table.AddRow(w.Id, Markup.Escape(w.Name), w.OwnerKeyId, Markup.Escape(Describe(w)), Markup.Escape(Delivery(w)));
            }

            console.Ansi.Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command EventsVerb(CliConsole console)
    {
        var id = new Argument<string?>("id") { Description = "One watch's id (default: every watch)", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<WatchEventKind[]>("--kind") { Description = "Only these kinds (NewDocument, NewEdition, StageChange, Withdrawn, Superseded, GapOpened, GapChanged, GapClosed, OverlapFound, Test)", AllowMultipleArgumentsPerToken = true };
        var document = new Option<string?>("--document") { Description = "Only events of this document (key)" };
        var significant = new Option<bool>("--significant-only") { Description = "Only significant events" };
        var limit = new Option<int>("--limit") { Description = "At most this many (1-500)", DefaultValueFactory = _ => 50 };
        var before = new Option<long?>("--before") { Description = "Events numbered below this id (page back)" };
        var after = new Option<long?>("--after") { Description = "Events numbered above this id, oldest first (follow)" };
        var json = GlobalOptions.Json("the events");
        var command = new Command("events", "List watch events, newest first") { id, kind, document, significant, limit, before, after, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            if (result.GetValue(limit) is < 1 or > WatchEventQuery.MaxLimit)
            {
                await console.Error.WriteLineAsync($"error: --limit must be 1 to {WatchEventQuery.MaxLimit}");
                return ExitCodes.BadUsage;
            }

            var (service, state) = await OpenAsync(result, ct);
            await using var _ = state;
            IReadOnlyList<WatchEvent> events;
            try
            {
                events = await service.EventsAsync(WatchCaller.Local, result.GetValue(id), new WatchEventQuery
                {
                    Kinds = result.GetValue(kind),
                    DocumentKey = result.GetValue(document),
                    SignificantOnly = result.GetValue(significant),
                    BeforeId = result.GetValue(before),
                    AfterId = result.GetValue(after),
                    Limit = result.GetValue(limit),
                }, ct);
            }
            catch (NotFoundException ex)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.RuntimeError;
            }

            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(events);
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Watch", "When (UTC)", "Kind", "Event");
            foreach (var e in events)
            {
                table.AddRow(e.Id.ToString(CultureInfo.InvariantCulture), e.WatchId, e.OccurredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    e.Kind + (e.Significant ? " *" : ""), Markup.Escape(e.Title));
            }

            console.Ansi.Write(table);
            await console.Out.WriteLineAsync(events.Count == 0 ? "No events (they appear after the change pipeline's next pass)." : "* significant");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command RemoveVerb(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The watch's id (from 'watch list')" };
        var command = new Command("remove", "Remove a watch with its events and delivery log") { id };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var (service, state) = await OpenAsync(result, ct);
            await using var _ = state;
            try
            {
                await service.RemoveAsync(WatchCaller.Local, result.GetValue(id)!, ct);
            }
            catch (NotFoundException ex)
            {
                await console.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.RuntimeError;
            }

            await console.Out.WriteLineAsync($"Removed watch {result.GetValue(id)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The watch use cases over the data folder; facts (topics, queries) only where a verb checks them.</summary>
    internal static async Task<(WatchService Service, CliState State)> OpenAsync(ParseResult result, CancellationToken cancellationToken, IWatchFacts? facts = null)
    {
        var state = await StoreFactory.OpenStateAsync(GlobalOptions.DataPath(result), cancellationToken);
        return (new WatchService(state.Watches, facts ?? NoWatchFacts.Instance, TimeProvider.System), state);
    }

    internal static object Shape(Watch w) => new
    {
        w.Id,
        w.Name,
        Owner = w.OwnerKeyId,
        w.Rules,
        w.Documents,
        w.SignificantOnly,
        Webhook = w.Delivery.WebhookUrl,
        w.Delivery.WebhookSecret,
        w.Delivery.Email,
        Digest = w.Delivery.Digest.ToString(),
        Feed = w.Delivery.FeedToken is { } t ? $"/feeds/watches/{w.Id}.atom?token={t}" : null,
        w.Shares,
        w.CreatedAt,
    };

    private static string Describe(Watch w)
    {
        var r = w.Rules;
        var parts = new List<string>();
        void Add(string name, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parts.Add($"{name} {string.Join(", ", list)}");
            }
        }

        Add("body", r.Bodies);
        Add("committee", r.Committees);
        Add("kind", r.Kinds.Select(k => k.ToString()));
        Add("enters", r.Transitions.Select(t => t.ToString()));
        Add("topic", r.Topics);
        Add("designation ~", r.DesignationPattern is null ? [] : [r.DesignationPattern]);
        Add("query", r.Query is null ? [] : [r.Query]);
        Add("gaps", r.GapStatusChanges ? ["yes"] : []);
        Add("overlaps with", r.OverlapCommittees);
        Add("documents", w.Documents);
        return string.Join("; ", parts) + (w.SignificantOnly ? " (significant only)" : "");
    }

    private static string Delivery(Watch w) => string.Join("; ", new[]
    {
        "feed",
        w.Delivery.WebhookUrl is { } url ? $"webhook {url}" : null,
        w.Delivery.Email is { } email ? $"{w.Delivery.Digest.ToString().ToLowerInvariant()} digest to {email}" : null,
    }.Where(p => p is not null));

    internal static IReadOnlyList<T> Parsed<T>(IEnumerable<T>? values) => values?.ToList() ?? [];
}
