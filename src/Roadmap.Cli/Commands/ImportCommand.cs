using System.CommandLine;
using Roadmap.Ingest;
using Roadmap.Ingest.Catalogue;
using Roadmap.Ingest.Committees;
using Roadmap.Ingest.IsoOpenData;
using Roadmap.Ingest.Space;
using Spectre.Console;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap import iso-open-data|catalogue &lt;file-or-url&gt;</c>: bulk feeds into the graph.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console) => new("import", "Import a bulk feed into the graph")
    {
        IsoFeed(console),
        Feed(console, "catalogue", "A catalogue JSON Lines file of ITU-T, ETSI, IEEE or W3C records (plain or .gz, file or URL)", (_, _) => Task.FromResult<IRecordMapper>(new CatalogueMapper())),
        Feed(console, "committees", "A committees JSON Lines file {key, body, title, parent, studyPeriod}", (_, _) => Task.FromResult<IRecordMapper>(new CommitteeMapper())),
    };

    // The ISO feed takes the provenance sidecar too: its publication months date ISO texts to the month.
    private static Command IsoFeed(CliConsole console)
    {
        var provenance = new Option<string?>("--provenance") { Description = "The provenance sidecar ({id, publishedMonth} lines, plain or .gz, file or URL): publication months where the feed has no date" };
        var command = Feed(console, "iso-open-data", "ISO Open Data iso_deliverables_metadata.jsonl (plain or .gz, file or URL)", async (result, ct) =>
        {
            if (result.GetValue(provenance) is not { } sidecar)
            {
                return new IsoOpenDataMapper();
            }

            using var http = new HttpClient();
            await using var input = await LineSource.OpenAsync(sidecar, http, ct);
            var months = await IsoPublicationMonths.ReadAsync(input, ct);
            await console.Error.WriteLineAsync($"provenance sidecar: {months.Count} publication months, {months.Skipped} lines without one");
            return new IsoOpenDataMapper(months);
        });
        command.Options.Add(provenance);
        return command;
    }

    private static Command Feed(CliConsole console, string name, string description, Func<ParseResult, CancellationToken, Task<IRecordMapper>> mapper)
    {
        var source = new Argument<string>("file-or-url") { Description = "Path or http(s) URL of the feed" };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction", DefaultValueFactory = _ => new ImportOptions().BatchSize };
        var json = GlobalOptions.Json("the import report");
        var command = new Command(name, description) { source, batchSize, json };
        batchSize.Validators.Add(r =>
        {
            if (r.TryValue<int>(out var value) && value is < 1 or > 50_000)
            {
                r.AddError("--batch-size must be between 1 and 50000");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var report = await RunAsync(console, GlobalOptions.DataPath(result), result.GetValue(source)!, await mapper(result, ct), new ImportOptions { BatchSize = result.GetValue(batchSize) }, ct);
            if (result.GetValue(json))
            {
                await console.WriteJsonAsync(report);
            }
            else
            {
                await PrintAsync(console, report);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static async Task<ImportReport> RunAsync(CliConsole console, string dataPath, string fileOrUrl, IRecordMapper mapper, ImportOptions options, CancellationToken cancellationToken)
    {
        // Room for the growth and its write-ahead log before anything is written, then a reserve kept before each batch:
        // a full disk stops the import between two whole batches, with a message, and a re-run completes it.
        var space = new DiskSpaceGuard(console.FreeSpace, Path.GetFullPath(dataPath));
        space.CheckBeforeImport(DiskSpaceGuard.ExpectedGrowth(fileOrUrl));
        await using var store = await StoreFactory.OpenAsync(dataPath, cancellationToken);
        var report = await ImportIntoAsync(console, store, fileOrUrl, mapper, options with { Space = space }, cancellationToken);
        // The index follows the graph: what was written is searchable when the command returns (or by the service's next sync).
        await SearchIndexes.FollowGraphAsync(console, dataPath, cancellationToken);
        return report;
    }

    private static async Task<ImportReport> ImportIntoAsync(CliConsole console, Roadmap.Core.Graph.IGraphStore store, string fileOrUrl, IRecordMapper mapper, ImportOptions options, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Roadmap/1.0 (+https://github.com/roadmap)");
        await using var input = await LineSource.OpenAsync(fileOrUrl, http, cancellationToken);
        var importer = new Importer(store, TimeProvider.System, options);
        var origin = File.Exists(fileOrUrl) ? Path.GetFullPath(fileOrUrl) : fileOrUrl;
        if (!console.Interactive)
        {
            return await importer.ImportAsync(input, origin, mapper, null, cancellationToken);
        }

        ImportReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"import {mapper.Source}", maxValue: input.CanSeek ? input.Length : 1);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.Description = $"import {mapper.Source}: {p.Documents:N0} documents";
                    if (p.BytesRead is { } read)
                    {
                        task.Value = read;
                    }
                });
                report = await importer.ImportAsync(input, origin, mapper, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    internal static async Task PrintAsync(CliConsole console, ImportReport report)
    {
        var docsPerSecond = report.Elapsed.TotalSeconds > 0 ? report.Lines / report.Elapsed.TotalSeconds : 0;
        var committees = report.Committees;
        // A committee feed carries no document: its counts are the committees', not three zeros that read as "nothing stored".
        var counts = committees.Total > 0 && report.Added + report.Changed + report.Unchanged == 0
            ? $"committees added {committees.Added:N0}, changed {committees.Changed:N0}, unchanged {committees.Unchanged:N0}"
            : $"added {report.Added:N0}, changed {report.Changed:N0}, unchanged {report.Unchanged:N0}"
                + (committees.Total > 0 ? $" (committees added {committees.Added:N0}, changed {committees.Changed:N0}, unchanged {committees.Unchanged:N0})" : "");
        await console.Out.WriteLineAsync(
            $"{report.Source}: {report.Lines:N0} lines in {report.Elapsed.TotalSeconds:F1} s ({docsPerSecond:N0} lines/s) — " +
            $"{counts}, rejected {report.Rejected:N0}, skipped {report.Skipped:N0}");
        foreach (var issue in report.Rejections.Take(20))
        {
            await console.Out.WriteLineAsync($"  line {issue.Line}: {issue.Reason}");
        }

        if (report.Rejected > 20)
        {
            await console.Out.WriteLineAsync($"  … and {report.Rejected - 20:N0} more rejected line(s); --json lists the first {report.Rejections.Count}");
        }
    }
}
