using System.Globalization;
using Roadmap.Analysis.Landscape;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Reports.Building;

/// <summary>How the roadmap writes dates, numbers and stages: invariant culture, ISO dates, so output never depends on the machine.</summary>
internal static class Text
{
    public const string None = "—";

    // Status words that say no more than the stage they map to; "(status not given)" marks a stage inferred from a date.
    private static readonly HashSet<string> Restating = new(StringComparer.OrdinalIgnoreCase)
    {
        "In force", "Published", "Approved", "Superseded", "Withdrawn", "Deleted", "Proposed", "In development", "Under review",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(PartialDate? date) => date?.ToString() ?? None;

    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : None;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Score(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Stage(LifecycleStage stage) => stage switch
    {
        LifecycleStage.InDevelopment => "In development",
        LifecycleStage.UnderReview => "Under review",
        _ => stage.ToString(),
    };

    /// <summary>
    /// The stage in words, with the body's own code when the edition's own record says that stage and the code adds
    /// something (e.g. <c>Published (60.60)</c>, <c>In development (WD)</c>); a code that only restates the stage
    /// (<c>In force</c>, <c>Approved (status not given)</c>) is left out, and so is the code of a stage the "as of" view
    /// inferred (a since-replaced edition still in force).
    /// </summary>
    public static string Status(LandscapeDocument document)
    {
        var lifecycle = document.Document.Editions.FirstOrDefault(e => e.Id == document.EditionId)?.Lifecycle ?? document.Document.Lifecycle;
        return lifecycle.Stage == document.Stage && Informative(lifecycle.Code, document.Stage)
            ? $"{Stage(document.Stage)} ({lifecycle.Code})"
            : Stage(document.Stage);
    }

    private static bool Informative(string? code, LifecycleStage stage) =>
        !string.IsNullOrWhiteSpace(code)
        && !code.Contains("status not given", StringComparison.OrdinalIgnoreCase)
        && !Restating.Contains(code.Trim())
        && !string.Equals(code.Trim(), Stage(stage), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Items as an English list: "A", "A and B", "A, B and C"; past <paramref name="max"/>, "A, B and 3 more". Items
    /// with commas of their own ("Cryptography, keys and quantum readiness") are separated by semicolons.
    /// </summary>
    public static string Join(IReadOnlyList<string> items, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(items);
        var separator = items.Any(i => i.Contains(',', StringComparison.Ordinal)) ? "; " : ", ";
        var last = separator == "; " ? "; and " : " and ";
        if (items.Count > max)
        {
            return string.Join(separator, items.Take(max)) + last + $"{Number(items.Count - max)} more";
        }

        return items.Count switch
        {
            0 => None,
            1 => items[0],
            _ => string.Join(separator, items.Take(items.Count - 1)) + last + items[^1],
        };
    }

    /// <summary>The text with its first letter in upper case, to start a sentence with a generated phrase ("no gaps" → "No gaps").</summary>
    public static string Capital(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A stable anchor from a title: lower case letters and digits joined by dashes.</summary>
    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
