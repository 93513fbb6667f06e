using System.CommandLine;
using Roadmap.Reports;
using Roadmap.Reports.Rendering;

namespace Roadmap.Cli.Commands;

/// <summary><c>roadmap report --format md|html|docx [--as-of DATE] [--since DATE] [--out FILE]</c>: the roadmap document.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "md, html or docx", Required = true };
        format.AcceptOnlyFromAmong([.. RoadmapRenderers.Formats]);
        var asOf = new Option<string?>("--as-of") { Description = "The landscape on this date (YYYY-MM-DD); default: today, with the editors' live gap decisions" };
        var since = new Option<string?>("--since") { Description = "The previous edition's date for 'what changed' (YYYY-MM-DD); default: one year before" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output; required for docx)" };
        var command = new Command("report", "Write the security standardization roadmap (Markdown, self-contained HTML or Word)") { format, asOf, since, output };
        DateOption(asOf);
        DateOption(since);
        command.Validators.Add(r =>
        {
            if (r.GetValue(format) == "docx" && r.GetValue(output) is null)
            {
                r.AddError("--format docx needs --out FILE (Word files are not written to the terminal)");
            }
        });
        command.SetAction((result, ct) => console.GuardAsync(async () =>
        {
            var request = new ReportRequest { AsOf = Date(result.GetValue(asOf)), Since = Date(result.GetValue(since)) };
            var renderer = RoadmapRenderers.Get(result.GetValue(format)!);
            if (result.GetValue(output) is { } file)
            {
                return await WriteAsync(console, GlobalOptions.DataPath(result), request, [(renderer, file)], ct) ? ExitCodes.Ok : ExitCodes.RuntimeError;
            }

            using var buffer = new MemoryStream();
            if (!await RenderAsync(console, GlobalOptions.DataPath(result), request, [(renderer, buffer)], ct))
            {
                return ExitCodes.RuntimeError;
            }

            await console.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Builds the roadmap once and writes it in each format to its file, saying where.</summary>
    public static async Task<bool> WriteAsync(CliConsole console, string dataPath, ReportRequest request, IReadOnlyList<(IRoadmapRenderer Renderer, string File)> targets, CancellationToken cancellationToken)
    {
        var streams = new List<(IRoadmapRenderer, Stream)>();
        try
        {
            foreach (var (renderer, file) in targets)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                streams.Add((renderer, new MemoryStream()));
            }

            if (!await RenderAsync(console, dataPath, request, streams, cancellationToken))
            {
                return false;
            }

            // Files are written only once every format rendered: a failure leaves the previous edition in place.
            for (var i = 0; i < targets.Count; i++)
            {
                await File.WriteAllBytesAsync(targets[i].File, ((MemoryStream)streams[i].Item2).ToArray(), cancellationToken);
                await console.Out.WriteLineAsync($"roadmap ({targets[i].Renderer.Format}) written to {targets[i].File}");
            }

            return true;
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static async Task<bool> RenderAsync(CliConsole console, string dataPath, ReportRequest request, IReadOnlyList<(IRoadmapRenderer Renderer, Stream Output)> targets, CancellationToken cancellationToken)
    {
        await using var session = await AnalysisSession.OpenAsync(console, dataPath, null, cancellationToken, readOnly: true);
        try
        {
            var document = await new RoadmapBuilder(session.Graph, session.Analysis, session.Taxonomy, TimeProvider.System).BuildAsync(request, cancellationToken);
            foreach (var (renderer, output) in targets)
            {
                renderer.Render(document, output);
            }

            return true;
        }
        catch (RoadmapUnavailableException ex)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}");
            return false;
        }
    }

    internal static void DateOption(Option<string?> option) => option.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<string?>() is { } text && !AnalyzeCommand.TryParseDate(text, out _))
        {
            r.AddError($"{option.Name} '{text}' must be a date YYYY-MM-DD");
        }
    });

    private static DateOnly? Date(string? text) => text is not null && AnalyzeCommand.TryParseDate(text, out var date) ? date : null;
}
