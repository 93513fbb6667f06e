using System.CommandLine;
using System.Globalization;
using Roadmap.Core.Graph;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap stats</c>: what the graph holds, by body, lifecycle and committee.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var json = GlobalOptions.Json("the counts");
        var command = new Command("stats", "Count documents by body, committee and lifecycle, and documents in force without a committee") { json };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.DataPath(result), ct);
            var stats = await store.GetStatsAsync(ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(stats);
            }
            else
            {
                Print(console, stats);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static void Print(CliConsole console, GraphStats stats)
    {
        console.Ansi.MarkupLine($"[bold]{stats.Documents:N0}[/] documents, {stats.Editions:N0} editions, {stats.Committees:N0} committees, {stats.Relations:N0} relations");
        console.Ansi.Write(Table("Body", stats.ByBody));
        console.Ansi.Write(Table("Lifecycle", stats.ByLifecycle));
        console.Ansi.Write(Table("Committee (top 25)", stats.ByCommittee));
        console.Ansi.Write(WithoutCommittee(stats));
    }

    // Per body: documents in force that nobody is credited with, and their share of the body's documents in force.
    private static Table WithoutCommittee(GraphStats stats)
    {
        var table = new Table().AddColumn("In force without committee").AddColumn(new TableColumn("Documents").RightAligned())
            .AddColumn(new TableColumn("In force").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        foreach (var (body, inForce) in stats.InForceByBody)
        {
            var without = stats.InForceWithoutCommittee.GetValueOrDefault(body);
            table.AddRow(Markup.Escape(body), without.ToString("N0", CultureInfo.InvariantCulture), inForce.ToString("N0", CultureInfo.InvariantCulture),
                ((double)without / inForce).ToString("P1", CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static Table Table(string name, IReadOnlyDictionary<string, int> counts)
    {
        var table = new Table().AddColumn(name).AddColumn(new TableColumn("Documents").RightAligned());
        foreach (var (key, count) in counts)
        {
            table.AddRow(Markup.Escape(key), count.ToString("N0", CultureInfo.InvariantCulture));
        }

        return table;
    }
}
