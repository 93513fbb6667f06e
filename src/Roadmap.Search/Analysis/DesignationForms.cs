using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Roadmap.Search.Analysis;

/// <summary>
/// The index's own reading of designations. Not the domain parser: it only needs forms that a user's spelling and the
/// stored designation reduce to alike. <c>ITU-T X.1401 (11/2019)</c>, <c>x1401</c> and <c>X.1401</c> all have the core
/// <c>x.1401</c>; <c>ISO/TR 23455:2019</c>, <c>TR 23455</c> and <c>23455</c> the core <c>23455</c>; <c>ETSI GS PDL 012</c>
/// and <c>PDL-012</c> the core <c>pdl.12</c>; <c>IEEE 2418.2</c> and <c>P2418.2</c> the core <c>2418.2</c>.
/// </summary>
internal static partial class DesignationForms
{
    private const int MaxCoreTokens = 6;

    // Body, publisher, deliverable-type and draft-stage words: they qualify a designation but do not identify it.
    private static readonly FrozenSet<string> Qualifiers = new[]
    {
        "iso", "iec", "itu", "ieee", "etsi", "w3c", "ietf", "cen", "cenelec", "std", "rec", "recommendation",
        "tr", "ts", "pas", "guide", "gs", "gr", "en", "es", "eg", "sr",
        "dis", "fdis", "cd", "awi", "nwip", "pwi", "wd", "prf", "dtr", "dts", "dpas", "cdv", "fdts", "fdtr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Letter runs and digit runs, so separators and their absence are alike; <c>w3c</c> is one token so the body
    /// keeps its digit. The Lucene analyser of <see cref="Indexing.IndexFields.Designation"/> uses the same pattern.
    /// </summary>
    [GeneratedRegex(@"w3c|\p{L}+|\p{Nd}+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TokenPattern();

    /// <summary>Leading zeros carry no identity: <c>PDL 012</c> and <c>PDL 12</c> are the same.</summary>
    [GeneratedRegex(@"^0+(?=\d)", RegexOptions.CultureInvariant)]
    public static partial Regex LeadingZeros();

    /// <summary>The edition-free core, or null when nothing identifying is left.</summary>
    public static string? Core(string text)
    {
        var tokens = Tokenize(StripEdition(text));
        var start = 0;
        while (start < tokens.Count - 1)
        {
            var token = tokens[start];
            if (token.Value == "itu" && tokens[start + 1].Value == "t")
            {
                start += 2;
            }
            else if (Qualifiers.Contains(token.Value)
                // IEEE's project prefix is glued to the number (P2418.2); ITU-T's P series has a dot (P.800) and stays.
                || (token.Value == "p" && tokens[start + 1].IsDigits && token.End == tokens[start + 1].Start))
            {
                start++;
            }
            else
            {
                break;
            }
        }

        var count = tokens.Count - start;
        return count is 0 or > MaxCoreTokens ? null : string.Join('.', tokens.Skip(start).Select(t => t.Value));
    }

    /// <summary>Lower-cased, dashes unified, whitespace collapsed: how exact designation matches compare.</summary>
    public static string Exact(string text) =>
        string.Join(' ', text.Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2010', '-')
            .ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Removes an edition suffix: <c>:2019</c>, <c>(11/2019)</c>, <c>V1.2.1</c>, IEEE's <c>-2020</c>.</summary>
    public static string StripEdition(string text)
    {
        var stripped = IsoEdition().Replace(text, string.Empty);
        stripped = ItuEdition().Replace(stripped, string.Empty);
        stripped = EtsiVersion().Replace(stripped, string.Empty);
        if (IeeeLooking().IsMatch(stripped))
        {
            stripped = IeeeYear().Replace(stripped, string.Empty);
        }

        return stripped;
    }

    public static IReadOnlyList<DesignationToken> Tokenize(string text)
    {
        var tokens = new List<DesignationToken>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            var value = match.Value.ToLowerInvariant();
            var isDigits = char.IsDigit(value[0]);
            if (isDigits)
            {
                value = LeadingZeros().Replace(value, string.Empty);
            }

            tokens.Add(new DesignationToken(value, match.Index, match.Index + match.Length, isDigits));
        }

        return tokens;
    }

    [GeneratedRegex(@"\s*:\s*\d{4}(\s*\([^)]*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoEdition();

    [GeneratedRegex(@"\s*\(\s*\d{1,2}\s*/\s*\d{4}\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItuEdition();

    [GeneratedRegex(@"\s+v\d+(\.\d+)+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtsiVersion();

    [GeneratedRegex(@"\b(ieee|std)\b|^\s*p\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IeeeLooking();

    [GeneratedRegex(@"-(19|20)\d{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IeeeYear();
}

/// <summary>One letter or digit run of a designation, lower-cased, with its place in the text.</summary>
internal readonly record struct DesignationToken(string Value, int Start, int End, bool IsDigits);
