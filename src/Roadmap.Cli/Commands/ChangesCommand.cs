using System.CommandLine;
using System.Globalization;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Runs;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap changes [--since DATE] [--json]</c>: what runs added, changed and withdrew, with where they read it.</summary>
internal static class ChangesCommand
{
    internal sealed record ChangeLine(DateTimeOffset At, ChangeKind Kind, string Document, string Actor, string? RunId, IReadOnlyList<FieldChange> Fields, string? SourceUrl, DateTimeOffset? FetchedAt, string? ContentHash);

    public static Command Create(CliConsole console)
    {
        var since = new Option<string?>("--since") { Description = "Only changes at or after this date or time (YYYY-MM-DD or ISO 8601, UTC)" };
        var limit = new Option<int>("--limit") { Description = "At most this many changes", DefaultValueFactory = _ => 1000 };
        var json = GlobalOptions.Json("the changes");
        var command = new Command("changes", "List recorded changes (added, changed, withdrawn) with their provenance") { since, limit, json };
        limit.Between(1, 100_000);
        since.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !TryParseSince(text, out _))
            {
                r.AddError($"--since '{text}' is not a date (YYYY-MM-DD) or an ISO 8601 time");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var data = GlobalOptions.DataPath(result);
            DateTimeOffset? from = result.GetValue(since) is { } text && TryParseSince(text, out var at) ? at : null;
            await using var store = await StoreFactory.OpenAsync(data, ct);
            var changes = await store.GetChangesAsync(from, Math.Max(1, result.GetValue(limit)), ct);
            var ledger = new CrawlState(data).Ledger.Load();
            var lines = changes.Select(c =>
            {
                var origin = c.RunId is null ? null : ledger.GetValueOrDefault((c.RunId, c.DocumentKey));
                return new ChangeLine(c.At, c.Kind, c.DocumentKey, c.Actor, c.RunId, c.Fields, origin?.Url, origin?.FetchedAt, origin?.ContentHash);
            }).ToList();
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(lines);
                return ExitCodes.Ok;
            }

            foreach (var line in lines)
            {
                await console.Out.WriteLineAsync($"{line.At:yyyy-MM-dd HH:mm:ss}Z {line.Kind,-9} {line.Document}  [{line.Actor}{(line.RunId is null ? string.Empty : " " + line.RunId)}]");
                foreach (var field in line.Fields)
                {
                    await console.Out.WriteLineAsync($"    {field.Field}: {field.Before ?? "∅"} → {field.After ?? "∅"}");
                }

                if (line.SourceUrl is not null)
                {
                    await console.Out.WriteLineAsync($"    from {line.SourceUrl} fetched {line.FetchedAt:yyyy-MM-dd HH:mm:ss}Z sha256/128 {line.ContentHash}");
                }
            }

            await console.Out.WriteLineAsync($"{lines.Count} change(s)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static bool TryParseSince(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);
}
