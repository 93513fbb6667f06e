using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Core.Designations;

/// <summary>
/// ISO, IEC and their co-published deliverables (ISO/IEC, ISO/IEEE, ISO/ASTM, IEC/IEEE, IWA …), e.g.
/// <c>ISO/IEC TR 23455:2019</c>, <c>ISO/CD TR 19626-3</c>, <c>ISO/IEC 27001:2022/Amd 1:2024</c>.
/// </summary>
/// <remarks>
/// Where the type goes follows the bodies' own practice, which the real data shows consistently: a single publisher
/// joins it with a slash (<c>ISO/TR 23455</c>, <c>IEC/TS 62443-1-1</c>), a joint publisher with a space
/// (<c>ISO/IEC TR 30176</c>), and Guide always with a space (<c>ISO Guide 73</c>, <c>ISO/IEC Guide 98-3</c>).
/// Draft markers sit where the type would and are dropped from the key.
/// </remarks>
internal static partial class IsoFamilyDesignations
{
    public static bool Leads(string text) => LeadRegex().IsMatch(text);

    public static DesignationResult Parse(string folded)
    {
        // Spaces around the separators carry nothing: "ISO/TR  23455 : 2019" is "ISO/TR 23455:2019".
        var text = SeparatorSpaces().Replace(folded, "$1");

        var match = BaseRegex().Match(text);
        if (!match.Success)
        {
            return DesignationResult.Fail($"'{folded}' starts like an ISO/IEC reference but is not one: expected e.g. 'ISO 22739:2024', 'ISO/IEC TR 23455:2019' or 'ISO/DIS 20435'.");
        }

        var publishers = match.Groups["pub"].Value.ToUpperInvariant().Replace(" ", "/", StringComparison.Ordinal);
        var (draft, type) = ReadDraftAndType(match.Groups["draft"].Value, match.Groups["type"].Value);
        if (draft is null && type is null && match.Groups["type"].Success && match.Groups["type"].Value.Length > 0)
        {
            return DesignationResult.Fail($"'{folded}': unknown deliverable type '{match.Groups["type"].Value}'.");
        }

        var number = match.Groups["num"].Value.ToUpperInvariant();
        int? iteration = match.Groups["iter"].Success ? int.Parse(match.Groups["iter"].Value, CultureInfo.InvariantCulture) : null;
        if (iteration is not null && publishers.Contains("IEEE", StringComparison.Ordinal))
        {
            // With IEEE as co-publisher a dotted number is IEEE's numbering ("IEC/IEEE FDIS 62582.5"), not a draft iteration.
            return DesignationResult.Fail($"'{folded}' uses IEEE's dotted numbering.");
        }

        if (iteration is not null && draft is null)
        {
            // "ISO 1234.2" is not how a published document is written; only drafts carry an iteration.
            return DesignationResult.Fail($"'{folded}': a '.{iteration}' iteration only follows a draft (e.g. 'ISO/CD 1234.2').");
        }

        string? year = match.Groups["year"].Success ? match.Groups["year"].Value : null;
        if (year is null && match.Groups["rest"].Length == 0 && TrailingYearPart().IsMatch(number))
        {
            // No ISO or IEC part is numbered 1900-2099 (none of the 54,784 references has one): "IEC 61588-2009" and
            // "ISO/IEC/IEEE 15288-2015" are IEEE's way of writing the year, so the IEEE grammar reads them.
            return DesignationResult.Fail($"'{folded}' ends in an IEEE-style year, not an ISO part.");
        }

        var supplements = new List<Supplement>();
        var rest = match.Groups["rest"].Value;
        foreach (var segment in rest.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var supplement = ReadSupplement(segment);
            if (supplement is null)
            {
                return DesignationResult.Fail($"'{folded}': '/{segment}' is not an amendment, corrigendum or other supplement (expected e.g. '/Amd 1:2024', '/DAM 2', '/Cor 1').");
            }

            supplements.Add(supplement);
        }

        if (rest.Length > 0 && supplements.Count == 0)
        {
            return DesignationResult.Fail($"'{folded}': unexpected '{rest}' after the number.");
        }

        return DesignationResult.Ok(Build(publishers, draft, type, number, iteration, year, supplements));
    }

    private static (string? Draft, string? Type) ReadDraftAndType(string draftToken, string typeToken)
    {
        string? draft = draftToken.Length == 0 ? null : Drafts.GetValueOrDefault(draftToken);
        string? type = null;
        if (typeToken.Length > 0)
        {
            if (Types.TryGetValue(typeToken, out var plain))
            {
                type = plain;
            }
            else if (DraftTypes.TryGetValue(typeToken, out var drafted))
            {
                // DTR, DTS, DPAS, DGuide: the draft and the type in one token; the token is kept as the draft marker.
                draft ??= drafted.Draft;
                type = drafted.Type;
            }
        }

        return (draft, type);
    }

    private static Supplement? ReadSupplement(string segment)
    {
        var m = SupplementRegex().Match(segment);
        if (!m.Success)
        {
            return null;
        }

        string? draft = m.Groups["draft"].Success ? Drafts.GetValueOrDefault(m.Groups["draft"].Value) : null;
        string type;
        string? combined = null;
        if (m.Groups["combined"].Success)
        {
            var known = CombinedSupplementDrafts[m.Groups["combined"].Value];
            combined = known.Draft;
            type = known.Type;
        }
        else
        {
            type = SupplementTypes[m.Groups["type"].Value];
        }

        var number = m.Groups["num"].Value;
        if (number.Length == 0 && type != "Suppl")
        {
            // Only ISO's old numberless supplements ("/Suppl:1983") lack a number; an amendment always has one.
            return null;
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        return new Supplement(type, number, year, combined ?? draft, combined is not null);
    }

    private static Designation Build(string publishers, string? draft, string? type, string number, int? iteration, string? year, List<Supplement> supplements)
    {
        var joint = publishers.Contains('/', StringComparison.Ordinal);
        var body = publishers.StartsWith("IEC", StringComparison.Ordinal) ? "IEC" : "ISO";
        var baseKey = Head(publishers, joint, null, type) + number;
        var baseDisplay = Head(publishers, joint, draft, type) + number
            + (iteration is null ? string.Empty : "." + iteration.Value.ToString(CultureInfo.InvariantCulture))
            + (year is null ? string.Empty : ":" + year);

        if (supplements.Count == 0)
        {
            return new Designation
            {
                Body = body,
                Key = baseKey,
                Display = baseDisplay,
                Publisher = joint ? publishers : null,
                Type = type,
                Number = number,
                DraftPrefix = draft,
                DraftIteration = iteration,
                Edition = year,
                Year = year is null ? null : int.Parse(year, CultureInfo.InvariantCulture),
            };
        }

        // A supplement belongs to one edition of its base (Amd 1 to the 2013 edition is not Amd 1 to the 2022 one),
        // so the base year stays in the key; the supplement's own year is its edition.
        var key = new StringBuilder(baseKey);
        if (year is not null)
        {
            key.Append(':').Append(year);
        }

        var display = new StringBuilder(baseDisplay);
        foreach (var s in supplements)
        {
            key.Append('/').Append(s.Type);
            if (s.Number.Length > 0)
            {
                key.Append(' ').Append(s.Number);
            }

            display.Append('/').Append(s.Render());
        }

        var last = supplements[^1];
        return new Designation
        {
            Body = body,
            Key = key.ToString(),
            Display = display.ToString(),
            Publisher = joint ? publishers : null,
            Type = type,
            Number = number,
            DraftPrefix = last.Draft,
            Edition = last.Year?.ToString(CultureInfo.InvariantCulture),
            Year = last.Year,
            Supplement = new DesignationSupplement(last.Type, last.Number, last.Year),
            BaseKey = baseKey,
        };
    }

    /// <summary>The text before the number: "ISO ", "ISO/TR ", "ISO/IEC TR ", "ISO Guide ", "ISO/DIS ", "ISO/IEC CD TR ", "IWA ".</summary>
    private static string Head(string publishers, bool joint, string? draft, string? type)
    {
        if (publishers == "IWA")
        {
            return "IWA ";
        }

        var tokens = new List<string>(2);
        if (draft is not null)
        {
            tokens.Add(draft);
        }

        // A combined draft-type token (DTS) already names the type.
        if (type is not null && !(draft is not null && DraftTypes.TryGetValue(draft, out var combined) && combined.Type == type))
        {
            tokens.Add(type);
        }

        var builder = new StringBuilder(publishers);
        for (var i = 0; i < tokens.Count; i++)
        {
            var slash = i == 0 && !joint && tokens[i] != "Guide";
            builder.Append(slash ? '/' : ' ').Append(tokens[i]);
        }

        return builder.Append(' ').ToString();
    }

    private sealed record Supplement(string Type, string Number, int? Year, string? Draft, bool CombinedDraft)
    {
        public string Render()
        {
            var head = Draft is null ? Type : CombinedDraft ? Draft : Draft + " " + Type;
            var text = Number.Length == 0 ? head : head + " " + Number;
            return Year is null ? text : text + ":" + Year.Value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static readonly Dictionary<string, string> Drafts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PWI"] = "PWI", ["NP"] = "NP", ["NWIP"] = "NWIP", ["AWI"] = "AWI", ["WD"] = "WD", ["CD"] = "CD", ["CDV"] = "CDV",
        ["DIS"] = "DIS", ["FDIS"] = "FDIS", ["PRF"] = "PRF", ["FCD"] = "FCD", ["FPDAM"] = "FPDAM",
    };

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TR"] = "TR", ["TS"] = "TS", ["PAS"] = "PAS", ["ISP"] = "ISP", ["Guide"] = "Guide", ["R"] = "R", ["TTA"] = "TTA", ["DATA"] = "DATA",
    };

    private static readonly Dictionary<string, (string Draft, string Type)> DraftTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DTR"] = ("DTR", "TR"), ["DTS"] = ("DTS", "TS"), ["DPAS"] = ("DPAS", "PAS"), ["DGuide"] = ("DGuide", "Guide"),
        ["FDTR"] = ("FDTR", "TR"), ["FDTS"] = ("FDTS", "TS"), ["PDTR"] = ("PDTR", "TR"), ["PDTS"] = ("PDTS", "TS"), ["DISP"] = ("DISP", "ISP"),
    };

    private static readonly Dictionary<string, string> SupplementTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Amd"] = "Amd", ["Cor"] = "Cor", ["Add"] = "Add", ["Suppl"] = "Suppl", ["Ext"] = "Ext",
    };

    private static readonly Dictionary<string, (string Draft, string Type)> CombinedSupplementDrafts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DAM"] = ("DAM", "Amd"), ["DAmd"] = ("DAM", "Amd"), ["FDAM"] = ("FDAM", "Amd"), ["FDAmd"] = ("FDAM", "Amd"), ["PDAM"] = ("PDAM", "Amd"),
        ["FPDAM"] = ("FPDAM", "Amd"), ["DCOR"] = ("DCOR", "Cor"), ["FDCOR"] = ("FDCOR", "Cor"), ["DAD"] = ("DAD", "Add"), ["DAdd"] = ("DAD", "Add"),
        ["PDAD"] = ("PDAD", "Add"),
    };

    [GeneratedRegex(@"^(?:ISO|IEC|IWA)(?:\b|/|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadRegex();

    [GeneratedRegex(@"\s*([/:\-])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorSpaces();

    [GeneratedRegex(@"-(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYearPart();

    // Co-publishers are listed by name so that "/TR" or "/DIS" after "ISO" is never mistaken for one.
    [GeneratedRegex(
        @"^(?<pub>IWA|(?:ISO|IEC)(?:/(?:IEC|ISO|IEEE|ASTM|CIE|HL7|SAE|ASME|OECD|UNDP))*)" +
        @"(?:[/ ](?<draft>PWI|NWIP|NP|AWI|WD|CDV|CD|DIS|FDIS|PRF|FCD)(?![A-Z]))?" +
        @"(?:[/ ](?<type>TR|TS|PAS|ISP|Guide|R|TTA|DATA|DTR|DTS|DPAS|DGuide|FDTR|FDTS|PDTR|PDTS|DISP)(?![A-Z]))?" +
        @" ?(?<num>\d+(?:-[0-9A-Z]+)*)(?:\.(?<iter>\d{1,2}))?(?::(?<year>\d{4}))?(?<rest>(?:/.*)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BaseRegex();

    [GeneratedRegex(
        @"^(?:(?:(?<draft>PWI|NP|AWI|WD|CD|DIS|FDIS|PRF) ?)?(?<type>Amd|Cor|Add|Suppl|Ext)|(?<combined>DAM|DAmd|FDAM|FDAmd|FPDAM|PDAM|DCOR|FDCOR|DAD|DAdd|PDAD))\.? ?(?<num>\d*)(?::(?<year>\d{4}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SupplementRegex();
}
