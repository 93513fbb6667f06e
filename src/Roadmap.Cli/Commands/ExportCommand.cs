using System.CommandLine;
using System.Text;
using Roadmap.Reports.Exports;

namespace Roadmap.Cli.Commands;

/// <summary>
/// <c>roadmap export --format csv|graphml|jsonld [--what documents|gaps|overlaps|all] [--out FILE|DIR]</c>: the graph
/// and the analysis for spreadsheets, graph tools and linked-data tools. CSV holds one set per file: <c>--what all</c>
/// writes documents.csv, gaps.csv and overlaps.csv into the <c>--out</c> folder.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["csv", "graphml", "jsonld"];

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "csv, graphml or jsonld", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var what = new Option<ExportSet>("--what") { Description = "Documents, Gaps, Overlaps or All (GraphML and JSON-LD always hold documents, committees, bodies and topics)", DefaultValueFactory = _ => ExportSet.All };
        var output = new Option<string?>("--out") { Description = "The file, or a folder (default: standard output; a folder is required for --format csv --what all)" };
        var command = new Command("export", "Export the graph and the analysis as CSV, GraphML or JSON-LD") { format, what, output };
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var (kind, set, target) = (result.GetValue(format)!, result.GetValue(what), result.GetValue(output));
            if (kind == "csv" && set == ExportSet.All && target is null)
            {
                await console.Error.WriteLineAsync("error: --format csv --what all writes three files: give --out DIR (or pick one set with --what)");
                return ExitCodes.BadUsage;
            }

            await using var session = await AnalysisSession.OpenAsync(console, GlobalOptions.DataPath(result), null, ct, readOnly: true);
            var data = await ExportData.LoadAsync(session.Graph, session.Analysis, session.Taxonomy, ct);
            if (kind == "csv" && set == ExportSet.All)
            {
                Directory.CreateDirectory(target!);
                foreach (var one in new[] { ExportSet.Documents, ExportSet.Gaps, ExportSet.Overlaps })
                {
                    await WriteAsync(console, Render(data, kind, one), Path.Combine(target!, one.ToString().ToLowerInvariant() + ".csv"), ct);
                }

                return ExitCodes.Ok;
            }

            var bytes = Render(data, kind, set);
            if (target is null)
            {
                await console.Out.WriteAsync(Encoding.UTF8.GetString(bytes));
                return ExitCodes.Ok;
            }

            var file = Directory.Exists(target) ? Path.Combine(target, (kind == "csv" ? set.ToString().ToLowerInvariant() : "roadmap") + "." + kind) : target;
            await WriteAsync(console, bytes, file, ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static byte[] Render(ExportData data, string format, ExportSet set)
    {
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "csv":
                using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
                {
                    CsvExporter.Write(data, set, writer);
                }

                break;
            case "graphml":
                GraphMlExporter.Write(data, set, buffer);
                break;
            default:
                JsonLdExporter.Write(data, set, buffer);
                break;
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(CliConsole console, byte[] bytes, string file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        await File.WriteAllBytesAsync(file, bytes, cancellationToken);
        await console.Out.WriteLineAsync($"exported {file}");
    }
}
