using System.Text.RegularExpressions;
using Roadmap.Core.Documents;

namespace Roadmap.Ingest.Catalogue;

/// <summary>
/// The kind of an IEEE deliverable from its title, which names it: "IEEE Guide for …", "IEEE Trial-Use Recommended
/// Practice for …", "IEEE Draft Standard for …". The first of the three words decides, so a standard whose subject
/// mentions a guide stays a standard.
/// </summary>
internal static partial class IeeeKinds
{
    public static DocumentKind FromTitle(string? title) =>
        title is not null && KindWord().Match(title) is { Success: true } match
            ? match.Value.StartsWith("Recommended", StringComparison.OrdinalIgnoreCase) ? DocumentKind.RecommendedPractice
                : match.Value.StartsWith("Guide", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Guide
                : DocumentKind.Standard
            : DocumentKind.Standard;

    [GeneratedRegex(@"\b(Standard|Recommended\s+Practice|Guide)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindWord();
}
