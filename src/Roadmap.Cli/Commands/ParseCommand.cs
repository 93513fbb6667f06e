using System.CommandLine;
using Roadmap.Crawlers.Fetching;
using Roadmap.Crawlers.Parsing;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap parse &lt;kind&gt; &lt;file&gt; [--json]</c>: what one saved page yields — the tool for when a site changes.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var kinds = CrawlSources.ParsersByKind.Keys.Order(StringComparer.Ordinal).ToArray();
        var kind = new Argument<string>("kind") { Description = "The page kind: " + string.Join(", ", kinds) };
        kind.AcceptOnlyFromAmong(kinds);
        // Shown as <kind> in usage lines: the list of kinds would pad the root --help to ~200 columns (it is in the description).
        kind.HelpName = "kind";
        var file = new Argument<string>("file") { Description = "A saved page (bytes as served; the charset is detected)" };
        var url = new Option<string?>("--url") { Description = "The page's URL, for relative links (default: a file: URL)" };
        var json = GlobalOptions.Json("the parsed records");
        var command = new Command("parse", "Parse one saved page and print the records, links and failed selectors") { kind, file, url, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var path = result.GetValue(file)!;
            var bytes = await File.ReadAllBytesAsync(path, ct);
            var pageUrl = result.GetValue(url) is { } given ? new Uri(given) : new Uri(Path.GetFullPath(path));
            var page = CrawlSources.ParsersByKind[result.GetValue(kind)!].Parse(BodyDecoder.Decode(bytes, null), pageUrl);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(page);
            }
            else
            {
                await PrintAsync(console, page);
            }

            return page.Failed ? ExitCodes.RuntimeError : ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task PrintAsync(CliConsole console, ParsedPage page)
    {
        var o = console.Out;
        foreach (var d in page.Documents)
        {
            await o.WriteLineAsync($"{d.Designation} — {d.Title}");
            await o.WriteLineAsync($"  key {d.Key} · {d.Kind} · {d.Lifecycle.Stage} ({d.Lifecycle.Code}) · published {d.Published?.ToString() ?? "-"} · committee {d.CommitteeKey ?? "-"}");
            if (d.Ics.Count > 0)
            {
                await o.WriteLineAsync($"  ICS {string.Join(", ", d.Ics)}");
            }
        }

        foreach (var c in page.Committees)
        {
            await o.WriteLineAsync($"committee {c.Key}{(c.ParentKey is null ? string.Empty : " (in " + c.ParentKey + ")")}");
        }

        foreach (var r in page.Relations)
        {
            await o.WriteLineAsync($"relation {r.FromKey} {r.Type} {r.ToKey}");
        }

        foreach (var (name, value) in page.Facts)
        {
            await o.WriteLineAsync($"{name}: {(value.Length > 200 ? value[..200] + "…" : value)}");
        }

        await o.WriteLineAsync($"{page.Links.Count} link(s){(page.ListedItems is { } n ? $", {n} listed item(s)" : string.Empty)}");
        foreach (var l in page.Links.Take(20))
        {
            await o.WriteLineAsync($"  {l.Kind} {l.Url}{(l.Label is null ? string.Empty : "  " + l.Label)}");
        }

        foreach (var p in page.Problems)
        {
            await console.Error.WriteLineAsync($"{(p.Fatal ? "selector failed" : "selector missing (optional)")}: {p.Selector}: {p.Message}");
        }
    }
}
