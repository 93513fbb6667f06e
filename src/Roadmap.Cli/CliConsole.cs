using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Core.Graph;
using Spectre.Console;

namespace Roadmap.Cli;

/// <summary>
/// Where a verb writes: plain text and tables for people, JSON for scripts, errors to stderr. Text for people goes
/// through <see cref="TerminalWriter"/> (plain text) or <see cref="TerminalRenderHook"/> (Spectre), so no control
/// character from a title or name reaches the terminal; JSON is escaped by the serializer.
/// </summary>
internal sealed class CliConsole
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new Graph.Serialization.PartialDateJsonConverter() },
    };

    private readonly TextWriter _output;

    public CliConsole(TextWriter output, TextWriter error)
    {
        _output = output;
        Out = new TerminalWriter(output);
        Error = new TerminalWriter(error);
        var onTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        Interactive = onTerminal && !Console.IsErrorRedirected;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = onTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = onTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Ansi.Pipeline.Attach(new TerminalRenderHook());
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>True when a person is watching: then progress bars are drawn.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Ansi { get; }

    /// <summary>How free space is measured before and during an import (a seam: tests fill the disk with a fake).</summary>
    public Roadmap.Ingest.Space.IFreeSpace FreeSpace { get; init; } = Roadmap.Ingest.Space.DriveFreeSpace.Instance;

    /// <summary>JSON as the serializer writes it: every control character in a string is already a <c>\u</c> escape.</summary>
    public Task WriteJsonAsync<T>(T value) => _output.WriteLineAsync(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Runs a verb's body, turning expected failures into a message and exit code 1, never a stack trace.</summary>
    public async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException)
        {
            await Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception ex) when (ex is GraphStoreException or FileNotFoundException or DirectoryNotFoundException
            or InvalidDataException or IOException or UnauthorizedAccessException or HttpRequestException or ArgumentException
            or Roadmap.Search.Locking.SearchIndexLockedException or Roadmap.Search.SearchIndexCorruptException
            or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.RuntimeError;
        }
    }
}
