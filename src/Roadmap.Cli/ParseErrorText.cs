using System.Text.RegularExpressions;

namespace Roadmap.Cli;

/// <summary>
/// The parser's errors as a user should read them: without .NET type names ("expected type
/// 'Roadmap.Core.Gaps.GapStatus'" becomes the list of accepted values) and without the generic "Required command was not
/// provided." when the real problem, an unknown verb, is reported too.
/// </summary>
internal static partial class ParseErrorText
{
    private const string RequiredCommand = "Required command was not provided.";

    public static IReadOnlyList<string> Of(IEnumerable<string> messages)
    {
        var list = messages.ToList();
        if (list.Count > 1 && list.Any(m => m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)))
        {
            list.Remove(RequiredCommand);
        }

        return [.. list.Select(Readable)];
    }

    private static string Readable(string message) =>
        ExpectedType().Replace(message, m => ": expected " + Describe(m.Groups["type"].Value));

    private static string Describe(string typeName) => typeName switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.DateOnly" => "a date (YYYY-MM-DD)",
        _ => FindEnum(typeName) is { } type ? "one of " + string.Join(", ", Enum.GetNames(type)) : "a value of another form",
    };

    private static Type? FindEnum(string typeName) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName, throwOnError: false)).FirstOrDefault(t => t is { IsEnum: true });

    [GeneratedRegex(@" as expected type '(?<type>[\w.`+\[\], ]+)'", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedType();
}
