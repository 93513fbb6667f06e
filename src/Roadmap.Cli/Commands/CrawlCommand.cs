using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Core.Bodies;
using Roadmap.Crawlers;
using Roadmap.Crawlers.Runs;
using Roadmap.Graph.Embedded;
using Roadmap.Hosting;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap crawl [--source NAME|all] [--from DIR] [--save DIR] [--resume] [--json]</c>: crawl by hand.</summary>
/// <remarks>The source names, their help and the default come from the registered bodies (<see cref="CrawlSources"/>).</remarks>
internal static class CrawlCommand
{
    public static Command Create(CliConsole console, IReadOnlyList<ICrawlSource> sources)
    {
        string[] names = [.. sources.Select(s => s.Name)];
        var source = new Option<string>("--source") { Description = $"Which source to crawl: {Listing([.. names, "all"], "or")}", DefaultValueFactory = _ => "all" };
        source.AcceptOnlyFromAmong([.. names, "all"]);
        var from = new Option<string?>("--from") { Description = "Replay a snapshot folder instead of the network" };
        var save = new Option<string?>("--save") { Description = "Record every response into a snapshot folder" };
        var resume = new Option<bool>("--resume") { Description = "Continue the interrupted run from its checkpoint" };
        var json = GlobalOptions.Json("the run reports");
        var command = new Command("crawl", $"Crawl {Listing([.. names.Select(BodyCode)], "and")} pages into the graph (politely, resumably, offline with --from)") { source, from, save, resume, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var data = GlobalOptions.DataPath(result);
            var request = new CrawlRequest
            {
                Sources = [result.GetValue(source)!], FromSnapshot = result.GetValue(from), SaveSnapshot = result.GetValue(save), Resume = result.GetValue(resume),
            };
            var reports = await RunAsync(console, data, sources, CrawlerOptionsFile.Load(data), request, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(reports);
            }
            else
            {
                Print(console, reports);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static Task<IReadOnlyList<CrawlReport>> RunAsync(CliConsole console, string data, CrawlerOptions options, CrawlRequest request, CancellationToken cancellationToken) =>
        RunAsync(console, data, CrawlSources.All, options, request, cancellationToken);

    private static async Task<IReadOnlyList<CrawlReport>> RunAsync(
        CliConsole console, string data, IReadOnlyList<ICrawlSource> sources, CrawlerOptions options, CrawlRequest request, CancellationToken cancellationToken)
    {
        if (request.FromSnapshot is { } folder && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"snapshot folder '{folder}' does not exist");
        }

        await using var store = await StoreFactory.OpenAsync(data, cancellationToken);
        var crawlState = RoadmapStores.OpenCrawlState(store, DataDirectory.OpenOrCreate(data));
        var session = new CrawlSession(store, sources, options, crawlState, data, TimeProvider.System, NullLoggerFactory.Instance);
        var reports = await session.RunAsync(request, cancellationToken);
        // The index follows the graph, as after an import: what the crawl stored is searchable when the command returns.
        await SearchIndexes.FollowGraphAsync(console, data, cancellationToken);
        return reports;
    }

    // A source named after its body's code ("itu-t") is shown as the body ("ITU-T").
    private static string BodyCode(string source) =>
        BodyRegistry.Find(source)?.Bodies[0].Code is { } code && string.Equals(code, source, StringComparison.OrdinalIgnoreCase) ? code : source;

    // "itu-t, iso or all"
    private static string Listing(string[] names, string last) =>
        names.Length < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} {last} {names[^1]}";

    internal static void Print(CliConsole console, IReadOnlyList<CrawlReport> reports)
    {
        foreach (var r in reports)
        {
            console.Out.WriteLine(
                $"{r.Source}: {r.State} — {r.Pages} pages ({r.NotModified} not modified, {r.Retries} retries), " +
                $"added {r.Added}, changed {r.Changed}, withdrawn {r.Withdrawn}, unchanged {r.Unchanged}, failed {r.Failures.Count}" +
                (r.Pending > 0 ? $", {r.Pending} left" : string.Empty) + $" [{r.RunId}]");
            if (r.Message is not null)
            {
                console.Out.WriteLine($"  {r.Message}");
            }

            foreach (var failure in r.Failures.Take(10))
            {
                console.Out.WriteLine($"  failed {failure.Url}: {failure.Reason}");
            }
        }
    }
}
