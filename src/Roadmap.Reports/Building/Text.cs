using System.Globalization;
using Roadmap.Analysis.Landscape;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Reports.Building;

/// <summary>How the roadmap writes dates, numbers and stages: invariant culture, ISO dates, so output never depends on the machine.</summary>
internal static class Text
{
    public const string None = "—";

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
    /// The stage in words, with the body's own code when the edition's own record says that stage (e.g.
    /// <c>Published (60.60)</c>); a stage the "as of" view inferred (a since-replaced edition still in force) has no code.
    /// </summary>
    public static string Status(LandscapeDocument document)
    {
        var lifecycle = document.Document.Editions.FirstOrDefault(e => e.Id == document.EditionId)?.Lifecycle ?? document.Document.Lifecycle;
        return lifecycle.Stage == document.Stage ? $"{Stage(document.Stage)} ({lifecycle.Code})" : Stage(document.Stage);
    }

    /// <summary>A stable anchor from a title: lower case letters and digits joined by dashes.</summary>
    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
