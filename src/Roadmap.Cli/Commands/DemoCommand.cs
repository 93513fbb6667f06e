using System.CommandLine;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.Committees;
using Roadmap.Ingest.IsoOpenData;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap demo</c>: the main job on the embedded default, from the sample data kept in the repository.
/// Today: import the samples and print the statistics. Later steps (crawl, analyse, report, serve) join here.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Stop before serving (for scripts)" };
        var samples = new Option<string?>("--samples") { Description = "The samples folder (default: samples/ of the repository)" };
        var command = new Command("demo", "Run the main job on the bundled sample data") { noServe, samples };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var folder = result.GetValue(samples) ?? SampleData.Locate()
                ?? throw new DirectoryNotFoundException("The samples/ folder was not found; run from the repository or pass --samples DIR.");
            var data = GlobalOptions.DataPath(result);
            await console.Out.WriteLineAsync($"Roadmap demo: data folder {data}, samples {folder}");

            foreach (var (file, mapper) in new (string, IRecordMapper)[]
            {
                (SampleData.Committees, new CommitteeMapper()),
                (SampleData.IsoFeed, new IsoOpenDataMapper()),
                (SampleData.Catalogue, new CatalogueMapper()),
            })
            {
                var report = await ImportCommand.RunAsync(console, data, Path.Combine(folder, file), mapper, new ImportOptions(), ct);
                await ImportCommand.PrintAsync(console, report);
            }

            await using (var store = await StoreFactory.OpenAsync(data, ct))
            {
                StatsCommand.Print(console, await store.GetStatsAsync(ct));
            }

            if (!result.GetValue(noServe))
            {
                // The demo ends by serving what it built, readable without a key.
                await ServeCommand.ServeAsync(console, data, ServeCommand.DefaultUrls, anonymousRead: true, ct);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
