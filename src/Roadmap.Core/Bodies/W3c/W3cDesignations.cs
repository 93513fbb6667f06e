using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.Core.Designations;

/// <summary>
/// W3C technical reports: <c>W3C did-core</c> (the latest version), <c>W3C REC-did-core-20220719</c> (a dated version).
/// The key is the shortname in lower case; the maturity (REC, NOTE, WD, CR …) is the type and the date the edition.
/// </summary>
internal static partial class W3cDesignations
{
    public static bool Leads(string text) => text.StartsWith("W3C", StringComparison.OrdinalIgnoreCase)
        && (text.Length == 3 || !char.IsLetterOrDigit(text[3]));

    public static DesignationResult Parse(string folded)
    {
        var m = W3cRegex().Match(folded);
        if (!m.Success)
        {
            return DesignationResult.Fail($"'{folded}' is not a W3C technical report: expected e.g. 'W3C did-core' or 'W3C REC-did-core-20220719'.");
        }

        var maturity = m.Groups["mat"].Success ? m.Groups["mat"].Value.ToUpperInvariant() : null;
        var shortname = m.Groups["short"].Value.ToLowerInvariant();
        var date = m.Groups["date"].Success ? m.Groups["date"].Value : null;
        if (maturity is null && date is not null && date.Length != 8)
        {
            // Without a maturity prefix only a full date is clearly a date; "vocab-ssn-2017" is a shortname.
            shortname += "-" + date;
            date = null;
        }

        // A section path ("REC-CSS2-19980512/fonts") names a part of the report, so it stays in the key.
        var section = m.Groups["section"].Success ? m.Groups["section"].Value.ToLowerInvariant() : string.Empty;
        var key = "W3C " + shortname + section;
        // An undated legacy id ("W3C NOTE-agent-attributes") keys like its dated versions, as the catalogue's editionOf does.
        var display = maturity is null ? "W3C " + shortname : $"W3C {maturity}-{shortname}";
        if (date is not null)
        {
            display += "-" + date;
        }

        display += section;

        int? year = date switch
        {
            { Length: 8 } => int.Parse(date[..4], CultureInfo.InvariantCulture),
            { Length: 6 } => 1900 + int.Parse(date[..2], CultureInfo.InvariantCulture),
            _ => null,
        };

        return DesignationResult.Ok(new Designation
        {
            Body = "W3C",
            Key = key,
            Display = display,
            Type = maturity,
            Number = shortname,
            Edition = date,
            Year = year,
        });
    }

    [GeneratedRegex(
        @"^W3C (?:(?<mat>WD|FPWD|LCWD|CR|CRD|CRY|PR|PER|REC|NOTE|DNOTE|DRY|SPSD|DISC|OBSL|STMT|RSCND|ED)-)?(?<short>[A-Za-z0-9][A-Za-z0-9.+_\-]*?)(?:-(?<date>(?:19|20)\d{6}|9\d{5}|\d{4}))?(?:\.html?)?(?<section>/[A-Za-z0-9._\-]+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex W3cRegex();
}
