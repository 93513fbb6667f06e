using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Core.Designations;

/// <summary>
/// IEEE standards and projects, e.g. <c>IEEE Std 2418.2-2020</c>, <c>IEEE P2418.2/D-1-2019-05</c>, <c>IEEE 802.11-2020</c>,
/// <c>ANSI/IEEE Std 754-1985</c>, <c>AIEE 11-1937</c>, and IEEE's spelling of co-published ones (<c>ISO/IEC/IEEE 8802.1Q/Amd1-2016</c>).
/// </summary>
/// <remarks>
/// The key drops what does not change the document: "Std", the project marker P, the year, the draft tag, an ANSI
/// approval next to IEEE, and a Redline. Letters after the number keep their case: in IEEE 802 an upper-case suffix
/// is a standalone standard (802.1AX) and a lower-case one an amendment project (802.1ax), so folding would merge two documents.
/// </remarks>
internal static partial class IeeeDesignations
{
    public static bool Leads(string text) => LeadRegex().IsMatch(text);

    public static DesignationResult Parse(string folded)
    {
        var text = folded;
        var redline = RedlineSuffix().Match(text);
        if (redline.Success)
        {
            text = text[..redline.Index];
        }

        var head = Head().Match(text);
        if (!head.Success)
        {
            return Fail(folded);
        }

        var publishers = PublisherSeparator().Replace(head.Groups["pub"].Value.ToUpperInvariant(), "/").TrimEnd('/');
        if (publishers.Length == 0)
        {
            publishers = "IEEE";
        }

        var stage = head.Groups["stage"].Success ? head.Groups["stage"].Value.ToUpperInvariant() : null;
        var rest = text[head.Length..];

        // A supplement can sit after the number or after the draft tag: "802.1Q/Amd1-2016", "P1015/D-1/Cor1-2007", "P1672.2006_Cor1".
        DesignationSupplement? supplement = null;
        var supp = SupplementMarker().Match(rest);
        if (supp.Success)
        {
            var kind = string.Equals(supp.Groups["kind"].Value, "AMD", StringComparison.OrdinalIgnoreCase) ? "Amd" : "Cor";
            var after = rest[(supp.Index + supp.Length)..];
            var suppYear = LeadingYear().Match(after);
            supplement = new DesignationSupplement(kind, supp.Groups["n"].Value, suppYear.Success ? int.Parse(suppYear.Groups["y"].Value, CultureInfo.InvariantCulture) : null);
            rest = rest[..supp.Index] + (suppYear.Success ? after[suppYear.Length..] : after);
        }

        string? draftTag = null;
        var draft = DraftTag().Match(rest);
        if (draft.Success)
        {
            draftTag = rest[(draft.Index + 1)..];
            rest = rest[..draft.Index];
        }

        var main = MainNumber().Match(rest);
        if (!main.Success)
        {
            return Fail(folded);
        }

        var project = main.Groups["p"].Success;
        var number = main.Groups["prefix"].Value.ToUpperInvariant().Replace("SI.", "SI ", StringComparison.Ordinal) + main.Groups["num"].Value;
        var year = main.Groups["year"].Success ? main.Groups["year"].Value : null;
        int? draftYear = null;
        if (draftTag is not null)
        {
            var y = AnyYear().Match(draftTag);
            draftYear = y.Success ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null;
        }

        var keyPublishers = KeyPublishers(publishers);
        var baseKey = keyPublishers + " " + number;
        var key = supplement is null ? baseKey : $"{baseKey}/{supplement.Type}{supplement.Number}";
        var edition = draftTag ?? year ?? supplement?.Year?.ToString(CultureInfo.InvariantCulture);

        var display = new StringBuilder(publishers);
        if (stage is not null)
        {
            display.Append(' ').Append(stage);
        }

        // Projects and ISO-stage drafts are written with P; published standards with Std.
        display.Append(project || stage is not null ? " P" : " Std ").Append(number);
        if (year is not null)
        {
            display.Append('-').Append(year);
        }

        if (supplement is not null)
        {
            display.Append('/').Append(supplement.Type).Append(supplement.Number);
            if (supplement.Year is not null)
            {
                display.Append('-').Append(supplement.Year.Value.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (draftTag is not null)
        {
            display.Append('/').Append(draftTag);
        }

        if (redline.Success)
        {
            display.Append(" Redline");
        }

        return DesignationResult.Ok(new Designation
        {
            Body = BodyOf(publishers),
            Key = key,
            Display = display.ToString(),
            Publisher = keyPublishers == "IEEE" ? null : keyPublishers,
            Number = number,
            DraftPrefix = project || stage is not null ? (stage is null ? "P" : stage + " P") : null,
            Edition = edition,
            Year = draftYear ?? (year is null ? supplement?.Year : int.Parse(year, CultureInfo.InvariantCulture)),
            Supplement = supplement,
            BaseKey = supplement is null ? null : baseKey,
        });
    }

    private static DesignationResult Fail(string folded) =>
        DesignationResult.Fail($"'{folded}' is not an IEEE standard or project: expected e.g. 'IEEE Std 2418.2-2020' or 'IEEE P2418.2/D-1-2019-05'.");

    /// <summary>ANSI's approval does not make another document: "ANSI/IEEE Std 754-1985" is IEEE 754.</summary>
    private static string KeyPublishers(string publishers)
    {
        var list = publishers.Split('/').Where(p => p != "ANSI").ToList();
        return list.Count == 0 ? "ANSI" : string.Join('/', list);
    }

    private static string BodyOf(string publishers)
    {
        var list = publishers.Split('/');
        if (list.Any(p => p is "IEEE" or "AIEE" or "IRE"))
        {
            return "IEEE";
        }

        if (list.Contains("ISO"))
        {
            return "ISO";
        }

        // ANSI C37/C63/N42, ASA, USAS and NESC records are IEEE-sponsored and live in IEEE's catalogue.
        return list.Contains("IEC") ? "IEC" : "IEEE";
    }

    private const string Organisations = "IEEE|AIEE|IRE|ANSI|ANS|ASA|USAS|ISO|IEC|NACE|CSA|ASTM|EAB|EIA|MPAI|AMPP|USEMCSC|NESC|ASHRAE";

    [GeneratedRegex(@"^(?:(?:" + Organisations + @")(?: ?/ ?(?:" + Organisations + @"))*(?: |/|(?=P?[A-Z]{0,2}\d))|P\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadRegex();

    [GeneratedRegex(@" Redline$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RedlineSuffix();

    [GeneratedRegex(
        @"^(?<pub>(?:(?:" + Organisations + @")(?: ?/ ?(?=[A-Z]))?)*)[ /]?(?:(?:Unapproved|Approved|Active|Draft) )?(?:(?<stage>CDV|CD\d?|DIS\d?|FDIS|FCD)(?:[ /]|(?=\d)))?(?:TS |TR )?(?:Std(?: |(?=P?[A-Z]?\d)))?(?:No\. ?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Head();

    [GeneratedRegex(@" ?/ ?", RegexOptions.CultureInvariant)]
    private static partial Regex PublisherSeparator();

    [GeneratedRegex(@"[/_.](?<kind>Cor|Amd) ?(?<n>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SupplementMarker();

    [GeneratedRegex(@"^-(?<y>(?:19|20)\d\d)(?:-\d\d)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingYear();

    // The draft tag starts at "/D", "/E-", "/R-" or "_D": "/D-1-2019-05", "/D10", "/E-2-2023-02", "_D2.9-2006", "/D-IS-2024".
    [GeneratedRegex(@"[/_](?=[DER]-|D\d|Draft|D-?[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DraftTag();

    [GeneratedRegex(@"(?:19|20)\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    // The number: digits with dots, parts and letters (802.11ax, C37.20.1a, 11073-10101, 11.REVmb, 1Q.REV), or a dual
    // number of a joint project (844.1/293.1, C37.60/P62271.111, P1635/ASHRAE 21, PC37.082/IEC 62271),
    // then an optional -YYYY year (optionally -MM) and IEC's "-FDIS" tail. Some records write the year after a dot
    // ("IEEE 1686.2022"): a last dotted element that is a 19xx/20xx year is the year, not a part, or the record would
    // make a second key for IEEE 1686. Parts are short (802.1, 2418.2, C37.20.1), so they are not taken for years.
    [GeneratedRegex(
        @"^(?<p>P(?=[A-Z]{0,2}\d|SI[ .]))?(?<prefix>[A-Z]{0,2}(?=\d)|SI[ .]|HBK(?=$|-))(?<num>(?:\d[0-9A-Za-z]*(?:[.\-_][0-9A-Za-z]+|/(?:(?:IEC|IEEE|CSA|ASHRAE) )?P?[A-Z]{0,2}\d[0-9A-Za-z]*)*?)?)\.?(?:[-.](?<year>(?:19|20)\d\d)(?:-\d\d)?)?(?:-FDIS)?-?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MainNumber();
}
