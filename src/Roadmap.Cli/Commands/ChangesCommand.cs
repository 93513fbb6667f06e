using System.CommandLine;
using Roadmap.Application.Documents;
using Roadmap.Core.Documents;
using Roadmap.Core.Graph;
using Roadmap.Crawlers.Runs;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap changes [--since DATE] [--json]</c>: what runs added, changed and withdrew, with where they read it; with
/// <c>--published-since DATE</c>, the documents published since then instead.
/// </summary>
internal static class ChangesCommand
{
    internal sealed record ChangeLine(DateTimeOffset At, ChangeKind Kind, string Document, string Actor, string? RunId, IReadOnlyList<FieldChange> Fields, string? SourceUrl, DateTimeOffset? FetchedAt, string? ContentHash);

    public static Command Create(CliConsole console)
    {
        var since = new Option<string?>("--since") { Description = "Only changes Roadmap recorded at or after this year, month, date or time (YYYY, YYYY-MM, YYYY-MM-DD or ISO 8601, UTC)" };
        var publishedSince = new Option<string?>("--published-since") { Description = "Instead of changes: the documents published on or after this year, month or date (YYYY, YYYY-MM or YYYY-MM-DD), newest first" };
        var limit = new Option<int>("--limit") { Description = "At most this many changes", DefaultValueFactory = _ => 1000 };
        var json = GlobalOptions.Json("the changes");
        var command = new Command("changes", "List recorded changes (added, changed, withdrawn) with their provenance, or what was published since a date") { since, publishedSince, limit, json };
        limit.Between(1, 100_000);
        since.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !TryParseSince(text, out _))
            {
                r.AddError($"--since '{text}' is not a year, month, date (YYYY, YYYY-MM, YYYY-MM-DD) or an ISO 8601 time");
            }
        });
        publishedSince.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !PartialDate.TryParse(text.Trim(), out _))
            {
                r.AddError($"--published-since '{text}' is not a year, month or date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        });
        command.Validators.Add(r =>
        {
            if (r.GetValue(since) is not null && r.GetValue(publishedSince) is not null)
            {
                r.AddError("give --since (when Roadmap recorded a change) or --published-since (when a document was published), not both");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var data = GlobalOptions.DataPath(result);
            if (result.GetValue(publishedSince) is { } published)
            {
                return await PrintPublishedAsync(console, data, published, result.GetValue(limit), result.GetValue(json), ct);
            }

            DateTimeOffset? from = result.GetValue(since) is { } text && TryParseSince(text, out var at) ? at : null;
            await using var store = await StoreFactory.OpenAsync(data, ct);
            var changes = await store.GetChangesAsync(from, Math.Max(1, result.GetValue(limit)), ct);
            var runs = changes.Select(c => c.RunId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var ledger = await ProvenanceLedger.LoadAsync(RoadmapStores.OpenCrawlState(store, DataDirectory.OpenOrCreate(data)), runs, ct);
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

    private static async Task<int> PrintPublishedAsync(CliConsole console, string data, string since, int limit, bool json, CancellationToken ct)
    {
        await using var store = await StoreFactory.OpenAsync(data, ct);
        var page = await new PublishedSince(store).ListAsync(since, limit, ct);
        var documents = page.Items.ToList();
        if (json)
        {
            await console.WriteJsonAsync(documents.Select(d => new { d.Key, d.Designation, d.Title, d.Body, d.Kind, Stage = d.Lifecycle.Stage, d.Published, d.CommitteeKey }));
            return ExitCodes.Ok;
        }

        foreach (var document in documents)
        {
            await console.Out.WriteLineAsync($"{document.Published,-10} {document.Lifecycle.Stage,-13} {document.Designation}  {document.Title}");
        }

        await console.Out.WriteLineAsync($"{page.TotalCount:N0} document(s) published since {PublishedSince.ParseSince(since):yyyy-MM-dd}{(page.TotalCount > documents.Count ? $"; showing the newest {documents.Count:N0}" : "")}");
        return ExitCodes.Ok;
    }

    private static bool TryParseSince(string text, out DateTimeOffset at) => ChangesSince.TryParse(text, out at);
}
