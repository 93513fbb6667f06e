using System.CommandLine;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap index rebuild|check</c>: the search index beside the graph.</summary>
internal static class IndexCommand
{
    public static Command Create(CliConsole console) => new("index", "Maintain the search index")
    {
        Rebuild(console),
        Check(console),
    };

    private static Command Rebuild(CliConsole console)
    {
        var json = GlobalOptions.Json("the report");
        var command = new Command("rebuild", "Index every document of the graph again") { json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var data = GlobalOptions.DataPath(result);
            await using var store = await StoreFactory.OpenAsync(data, ct);
            var (index, maintenance) = await SearchIndexes.OpenAsync(console, data, store, ct, sync: false);
            using (index)
            {
                var report = await maintenance.RebuildAsync(ct);
                await (result.GetValue(json)
                    ? console.WriteJsonAsync(report)
                    : console.Out.WriteLineAsync($"indexed {report.Indexed:N0} documents, removed {report.Deleted:N0}, in {report.Elapsed.TotalSeconds:F1} s"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Check(CliConsole console)
    {
        var json = GlobalOptions.Json("the report");
        var command = new Command("check", "Check that index and graph agree on every key and field hash (exit 1 if not)") { json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var data = GlobalOptions.DataPath(result);
            await using var store = await StoreFactory.OpenAsync(data, ct);
            var (index, maintenance) = await SearchIndexes.OpenToReadAsync(console, data, store, ct, sync: false);
            using (index)
            {
                var report = await maintenance.CheckAsync(ct);
                if (result.GetValue(json))
                {
                    await console.WriteJsonAsync(new { report.Consistent, report.StoreDocuments, report.IndexDocuments, report.Missing, report.Stale, report.Extra });
                }
                else
                {
                    await console.Out.WriteLineAsync(
                        $"{(report.Consistent ? "consistent" : "INCONSISTENT")}: store {report.StoreDocuments:N0}, index {report.IndexDocuments:N0}; " +
                        $"missing {report.Missing.Count:N0}, stale {report.Stale.Count:N0}, extra {report.Extra.Count:N0}");
                    foreach (var key in report.Missing.Concat(report.Stale).Concat(report.Extra).Take(20))
                    {
                        await console.Out.WriteLineAsync($"  {key}");
                    }
                }

                return report.Consistent ? ExitCodes.Ok : ExitCodes.RuntimeError;
            }
        }));
        return command;
    }
}
