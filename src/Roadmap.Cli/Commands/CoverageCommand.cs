using System.CommandLine;
using System.Globalization;
using Roadmap.Core.Analysis;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap coverage</c>: the coverage matrix of the last analysis, topic × body (or × committee).</summary>
internal static class CoverageCommand
{
    public static Command Create(CliConsole console)
    {
        var by = new Option<CoverageDimension>("--by") { Description = "Body or Committee", DefaultValueFactory = _ => CoverageDimension.Body };
        var json = GlobalOptions.Json("every cell (both dimensions)");
        var command = new Command("coverage", "Show the coverage matrix: published / in development / withdrawn per topic and body") { by, json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var state = await StoreFactory.OpenStateAsync(GlobalOptions.DataPath(result), ct);
            var store = state.Analysis;
            // The live landscape, never a reader's "as of" run that happens to be newer.
            var live = await store.GetLiveRunAsync(ct);
            var snapshot = live is null ? null : await store.GetSnapshotAsync(live.Id, ct);
            if (live is null || snapshot is null)
            {
                await console.Error.WriteLineAsync("error: no analysis yet; run 'roadmap analyze' first");
                return ExitCodes.RuntimeError;
            }

            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(new { run = live, cells = snapshot.Coverage });
                return ExitCodes.Ok;
            }

            var dimension = result.GetValue(by);
            await console.Out.WriteLineAsync($"coverage of run {live.Id} (the current landscape) — cells are published/in development/withdrawn (newest)");
            foreach (var topic in snapshot.Coverage.Where(c => c.Dimension == dimension).GroupBy(c => c.TopicId))
            {
                var cells = topic.OrderByDescending(c => c.Published + c.InDevelopment).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Published}/{c.InDevelopment}/{c.Withdrawn} ({c.Newest?.ToString() ?? "—"})"));
                await console.Out.WriteLineAsync($"{topic.Key,-30} {string.Join(" · ", cells)}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
