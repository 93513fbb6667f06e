using System.CommandLine;

namespace Roadmap.Cli;

/// <summary>Options every verb understands.</summary>
internal static class GlobalOptions
{
    public const string DataEnvironmentVariable = "ROADMAP_DATA";

    public static Option<string?> Data { get; } = new("--data")
    {
        Description = $"The data folder (default: ${DataEnvironmentVariable}, else ./.roadmap)",
        Recursive = true,
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON" };

    public static string DataPath(ParseResult result)
    {
        var fromEnv = Environment.GetEnvironmentVariable(DataEnvironmentVariable);
        return result.GetValue(Data)
            ?? (string.IsNullOrEmpty(fromEnv) ? Path.Combine(Environment.CurrentDirectory, ".roadmap") : fromEnv);
    }
}
