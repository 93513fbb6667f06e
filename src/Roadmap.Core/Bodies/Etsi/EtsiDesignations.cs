using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Core.Designations;

/// <summary>
/// ETSI deliverables, e.g. <c>ETSI GS PDL 012 V1.2.1</c>, <c>ETSI GR PDL 001 V1.1.1 (2020-03)</c>, <c>ETSI TS 102 165-1</c>,
/// <c>ETSI ETS 300 012/A1 ed.1 (1993-08)</c>. The version (<c>V1.2.1</c>, <c>ed.1</c>) is the edition.
/// </summary>
internal static partial class EtsiDesignations
{
    public static bool Leads(string text) => text.StartsWith("ETSI", StringComparison.OrdinalIgnoreCase)
        && (text.Length == 4 || !char.IsLetterOrDigit(text[4]));

    public static DesignationResult Parse(string folded)
    {
        var m = EtsiRegex().Match(folded);
        if (!m.Success)
        {
            return DesignationResult.Fail($"'{folded}' is not an ETSI deliverable: expected e.g. 'ETSI GS PDL 012 V1.2.1' or 'ETSI TS 103 457'.");
        }

        var type = m.Groups["type"].Value.ToUpperInvariant();
        var number = string.Join(' ', m.Groups["num"].Value.Split(' ').Select(CanonicalToken));
        var baseKey = $"ETSI {type} {number}";

        var key = new StringBuilder(baseKey);
        DesignationSupplement? supplement = null;
        foreach (Capture capture in m.Groups["supp"].Captures)
        {
            // ETSI writes amendments and corrigenda as /A1 and /C1 after the number.
            var kind = char.ToUpperInvariant(capture.Value[1]);
            var n = capture.Value[2..];
            key.Append('/').Append(kind).Append(n);
            supplement = new DesignationSupplement(kind == 'A' ? "Amd" : "Cor", n, null);
        }

        string? edition = null;
        if (m.Groups["ver"].Success)
        {
            edition = "V" + m.Groups["ver"].Value;
        }
        else if (m.Groups["ed"].Success)
        {
            edition = "ed." + m.Groups["ed"].Value;
        }

        int? year = m.Groups["yyyy"].Success ? int.Parse(m.Groups["yyyy"].Value, CultureInfo.InvariantCulture) : null;
        var display = new StringBuilder(key.ToString());
        if (edition is not null)
        {
            display.Append(' ').Append(edition);
        }

        if (year is not null)
        {
            display.Append(" (").Append(m.Groups["yyyy"].Value);
            if (m.Groups["mm"].Success)
            {
                display.Append('-').Append(m.Groups["mm"].Value);
            }

            display.Append(')');
        }

        if (supplement is not null)
        {
            supplement = supplement with { Year = year };
        }

        return DesignationResult.Ok(new Designation
        {
            Body = "ETSI",
            Key = key.ToString(),
            Display = display.ToString(),
            Type = type,
            Number = number,
            Edition = edition,
            Year = year,
            Supplement = supplement,
            BaseKey = supplement is null ? null : baseKey,
        });
    }

    /// <summary>Upper case, except the few group names ETSI itself writes in mixed case.</summary>
    private static string CanonicalToken(string token)
    {
        var upper = token.ToUpperInvariant();
        return MixedCase.TryGetValue(upper, out var mixed) ? mixed : upper;
    }

    private static readonly Dictionary<string, string> MixedCase = new(StringComparer.Ordinal)
    {
        ["MWT"] = "mWT", ["THZ"] = "THz",
    };

    [GeneratedRegex(
        @"^ETSI (?<type>I-ETS|TCRTR|GTS|ETS|ETR|NET|TBR|TS|TR|EN|ES|EG|SR|GS|GR|GSM|TCR-TR) (?<num>[A-Z0-9][A-Z0-9.\-]*(?: [A-Z0-9][A-Z0-9.\-]*)*?)(?<supp>/[AC]\d+)*(?: (?:V ?(?<ver>\d+\.\d+\.\d+)|ed\. ?(?<ed>\d+)))?(?: \((?<yyyy>(?:19|20)\d\d)(?:-(?<mm>\d\d))?\))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EtsiRegex();
}
