using System.CommandLine;
using Roadmap.Cli.Commands;

namespace Roadmap.Cli;

/// <summary>Builds the command tree and runs one invocation, mapping failures to exit codes and plain messages.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, Roadmap.Ingest.Space.DriveFreeSpace.Instance, cancellationToken);

    /// <param name="freeSpace">How the data folder's free disk space is told (tests pass a fake to fill the disk).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Roadmap.Ingest.Space.IFreeSpace freeSpace, CancellationToken cancellationToken)
    {
        var console = new CliConsole(output, error) { FreeSpace = freeSpace };
        var root = new RootCommand("Roadmap: standards gap analysis and roadmap knowledge graph.")
        {
            Options = { GlobalOptions.Data },
            Subcommands =
            {
                ImportCommand.Create(console),
                StatsCommand.Create(console),
                ShowCommand.Create(console),
                SearchCommand.Create(console),
                IndexCommand.Create(console),
                MigrateCommand.Create(console, TimeProvider.System),
                DemoCommand.Create(console),
                CrawlCommand.Create(console, CrawlSources.All),
                ParseCommand.Create(console),
                ChangesCommand.Create(console),
                AnalyzeCommand.Create(console),
                GapsCommand.Create(console),
                OverlapsCommand.Create(console),
                CoverageCommand.Create(console),
                ServeCommand.Create(console),
                KeysCommand.Create(console),
                WatchCommand.Create(console),
                HealthCommand.Create(console),
                JobsCommand.Create(console),
                ReportCommand.Create(console),
                ExportCommand.Create(console),
                EvalCommand.Create(console),
            },
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in ParseErrorText.Of(parsed.Errors.Select(e => e.Message)))
            {
                await error.WriteLineAsync($"error: {message}");
            }

            await error.WriteLineAsync("Run 'roadmap --help' (or 'roadmap <verb> --help') for usage.");
            return ExitCodes.BadUsage;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
