using System.Globalization;
using System.Text.RegularExpressions;
using Roadmap.Core.Committees;
using Roadmap.Core.Designations;
using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Crawlers.Itu.Parsers;

/// <summary>What ITU-T pages have in common: designations, status words, study groups, document kinds.</summary>
internal static partial class ItuRecords
{
    public const string Body = "ITU-T";

    /// <summary>The status word; a page that shows none (an approved text whose status is not given) reads as the importer does.</summary>
    public static DocumentLifecycle Lifecycle(string? status) =>
        string.IsNullOrWhiteSpace(status)
            ? new DocumentLifecycle(LifecycleStage.Published, ItuStatuses.Scheme, "Approved (status not given)")
            : ItuStatuses.Map(status);

    /// <summary><c>/go/tsg13</c> or "ITU-T Study Group 13" → <c>ITU-T SG13</c>; <c>/go/tsag</c> → <c>ITU-T TSAG</c>.</summary>
    public static Committee? StudyGroup(string? href, string? text)
    {
        var source = (href ?? string.Empty) + " " + (text ?? string.Empty);
        if (source.Contains("tsag", StringComparison.OrdinalIgnoreCase))
        {
            return new Committee { Key = "ITU-T TSAG", Body = Body };
        }

        var match = StudyGroupNumber().Match(source);
        return match.Success
            ? new Committee { Key = "ITU-T SG" + int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), Body = Body }
            : null;
    }

    public static DocumentKind KindOf(Designation designation) => designation switch
    {
        { Supplement.Type: var t } when t.StartsWith("Amd", StringComparison.OrdinalIgnoreCase) => DocumentKind.Amendment,
        { Supplement.Type: var t } when t.StartsWith("Cor", StringComparison.OrdinalIgnoreCase) => DocumentKind.Corrigendum,
        { Supplement: not null } => DocumentKind.Supplement,
        { Type: "Suppl" } => DocumentKind.Supplement,
        _ => DocumentKind.Recommendation,
    };

    /// <summary>The T-REC code of a legacy URL: <c>T-REC-X.1401-201911-I</c> → (<c>X.1401</c>, <c>11/2019</c>).</summary>
    public static (string Number, string Edition)? FromTRec(string text) =>
        TRec().Match(text) is { Success: true } m
            ? (m.Groups[1].Value, $"{m.Groups[3].Value}/{m.Groups[2].Value}")
            : null;

    /// <summary>itu.int writes supplements <c>F.Sup4</c> in URLs and <c>F Suppl. 4</c> in designations.</summary>
    public static string NumberFromUrlForm(string number) =>
        SupplementUrlForm().Replace(number, m => $"{m.Groups[1].Value} Suppl. {m.Groups[2].Value}");

    [GeneratedRegex(@"(?:tsg|Study Group\s*)(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex StudyGroupNumber();

    [GeneratedRegex(@"T-REC-(.+?)-(\d{4})(\d{2})-[IS]")]
    private static partial Regex TRec();

    [GeneratedRegex(@"^([A-Z])\.Sup(\d+)$")]
    private static partial Regex SupplementUrlForm();
}
