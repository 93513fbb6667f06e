using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Roadmap.Core.Graph;
using Spectre.Console;

namespace Roadmap.Cli;

/// <summary>Where a verb writes: plain text and tables for people, JSON for scripts, errors to stderr.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new Graph.Serialization.PartialDateJsonConverter() },
    };

    public TextWriter Out => output;

    public TextWriter Error => error;

    /// <summary>True when a person is watching: then progress bars are drawn.</summary>
    public bool Interactive => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public IAnsiConsole Ansi { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    public Task WriteJsonAsync<T>(T value) => output.WriteLineAsync(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Runs a verb's body, turning expected failures into a message and exit code 1, never a stack trace.</summary>
    public async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception ex) when (ex is GraphStoreException or FileNotFoundException or DirectoryNotFoundException
            or InvalidDataException or IOException or UnauthorizedAccessException or HttpRequestException or ArgumentException
            or Roadmap.Search.Locking.SearchIndexLockedException or Roadmap.Search.SearchIndexCorruptException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.RuntimeError;
        }
    }
}
