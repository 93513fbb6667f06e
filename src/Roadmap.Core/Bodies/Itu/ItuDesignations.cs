using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Core.Designations;

/// <summary>
/// ITU-T Recommendations and their supplements, amendments, corrigenda, annexes and appendices, e.g.
/// <c>ITU-T X.1401 (11/2019)</c>, <c>ITU-T Y Suppl. 62 (07/2020)</c>, <c>ITU-T A.13 (2000) Amd. 1 (12/2007)</c>,
/// plus the forms people type (<c>Rec. ITU-T X.1401</c>, <c>X.1401</c>) and the legacy id <c>T-REC-X.1401-201911-I</c>.
/// </summary>
/// <remarks>
/// The canonical spelling is the one itu.int and the catalogue docids use (<c>ITU-T Y Suppl. 62</c>), so canonical
/// displays join the catalogue directly; <c>Y.Suppl.62</c> and <c>G.Sup58</c> fold into it.
/// <c>x1401</c> without a dot is read only after an explicit <c>ITU-T</c>: alone it could be anything.
/// </remarks>
internal static partial class ItuDesignations
{
    public static bool Leads(string text) => LeadRegex().IsMatch(text);

    public static DesignationResult Parse(string folded)
    {
        var text = UrlPrefix().Replace(folded, string.Empty);
        var legacy = LegacyId().Match(text);
        if (legacy.Success)
        {
            text = FromLegacyId(legacy);
        }

        var prefix = Prefix().Match(text);
        var hasOrg = prefix.Groups["org"].Success;
        text = text[prefix.Length..];
        if (text.Length == 0)
        {
            return DesignationResult.Fail($"'{folded}' names no Recommendation: expected e.g. 'ITU-T X.1401 (11/2019)'.");
        }

        if (hasOrg && DotlessNumber().IsMatch(text))
        {
            // Only after an explicit ITU-T is "X1401" unambiguous enough to read as X.1401.
            text = text[..1] + "." + text[1..];
        }

        var focusGroup = FocusGroup().Match(text);
        if (focusGroup.Success)
        {
            var number = "FG " + focusGroup.Groups["group"].Value.ToUpperInvariant() + " " + focusGroup.Groups["deliverable"].Value.ToUpperInvariant();
            return DesignationResult.Ok(new Designation { Body = "ITU-T", Key = "ITU-T " + number, Display = "ITU-T " + number, Type = "FG", Number = number });
        }

        var reader = new Reader(text);
        if (!reader.ReadBase())
        {
            return DesignationResult.Fail($"'{folded}' is not an ITU-T Recommendation number: expected e.g. 'ITU-T X.1401', 'ITU-T F.751.2' or 'ITU-T Y Suppl. 62'.");
        }

        var error = reader.ReadRest();
        return error is null ? DesignationResult.Ok(reader.Build()) : DesignationResult.Fail($"'{folded}': {error}");
    }

    private static string FromLegacyId(Match legacy)
    {
        var builder = new StringBuilder(legacy.Groups["rec"].Value);
        if (legacy.Groups["stype"].Success)
        {
            var type = legacy.Groups["stype"].Value.ToUpperInvariant() switch
            {
                "SUP" => "Suppl.",
                "AMD" => "Amd.",
                "COR" => "Cor.",
                "ERR" => "Err.",
                "ADD" => "Add.",
                _ => "App.",
            };
            builder.Append(' ').Append(type).Append(' ').Append(legacy.Groups["snum"].Value);
        }

        return builder.Append(" (").Append(legacy.Groups["mm"].Value).Append('/').Append(legacy.Groups["yyyy"].Value).Append(')').ToString();
    }

    /// <summary>Walks the text left to right: number, identity parts, version, base year, supplements, edition.</summary>
    private sealed class Reader(string text)
    {
        private readonly StringBuilder _number = new();
        private readonly List<(DesignationSupplement Supplement, string Text)> _supplements = [];
        private int _position;
        private string? _type;
        private string? _version;
        private string? _baseYear;
        private string? _edition;
        private int? _year;

        public bool ReadBase()
        {
            var series = SeriesSupplement().Match(text);
            if (series.Success)
            {
                _number.Append(char.ToUpperInvariant(series.Groups["series"].Value[0])).Append(series.Groups["series"].Value[1..]);
                if (series.Groups["word"].Success)
                {
                    _number.Append(" series");
                }

                _number.Append(" Suppl. ").Append(series.Groups["num"].Value);
                _type = "Suppl";
                _position = series.Length;
                return true;
            }

            var special = SpecialSeries().Match(text);
            if (special.Success)
            {
                _number.Append(special.Value.ToUpperInvariant());
                _position = special.Length;
                return true;
            }

            if (!ReadRecommendation())
            {
                return false;
            }

            while (_position < text.Length && text[_position] == '/' && ReadRecommendation(joint: true))
            {
            }

            return true;
        }

        private bool ReadRecommendation(bool joint = false)
        {
            var m = Recommendation().Match(text, joint ? _position + 1 : _position);
            if (!m.Success)
            {
                return false;
            }

            if (joint)
            {
                _number.Append('/');
            }

            _number.Append(char.ToUpperInvariant(m.Groups["letter"].Value[0])).Append('.');
            if (m.Groups["imp"].Success)
            {
                _number.Append("Imp");
                _type = "Imp";
            }

            _number.Append(m.Groups["num"].Value);
            var modifiers = new List<string>();
            if (m.Groups["suffix"].Success)
            {
                var suffix = m.Groups["suffix"].Value;
                if (suffix is "R" or "r")
                {
                    modifiers.Add("R");
                }
                else
                {
                    _number.Append(suffix.ToLowerInvariant());
                }
            }

            if (m.Groups["range"].Success)
            {
                _number.Append(m.Groups["range"].Value.ToUpperInvariant());
            }

            if (m.Groups["mod"].Success)
            {
                var mod = m.Groups["mod"].Value.ToLowerInvariant();
                modifiers.Add(mod switch { "quarter" => "quater", "r" => "R", _ => mod });
            }

            if (m.Groups["letter2"].Success)
            {
                modifiers.Add(m.Groups["letter2"].Value.ToUpperInvariant());
            }

            foreach (var modifier in modifiers)
            {
                _number.Append(' ').Append(modifier);
            }

            _position = m.Index + m.Length;
            return true;
        }

        public string? ReadRest()
        {
            while (_position < text.Length)
            {
                Match m;
                if ((m = VersionMarker().Match(text, _position)).Success && _version is null && _baseYear is null && _supplements.Count == 0)
                {
                    _version = "V" + m.Groups["v"].Value;
                }
                else if ((m = Edition().Match(text, _position)).Success)
                {
                    var mm = m.Groups["mm"].Success ? m.Groups["mm"].Value.PadLeft(2, '0') : null;
                    _edition = mm is null ? m.Groups["yyyy"].Value : mm + "/" + m.Groups["yyyy"].Value;
                    _year = int.Parse(m.Groups["yyyy"].Value, CultureInfo.InvariantCulture);
                }
                else if ((m = BaseYear().Match(text, _position)).Success && _baseYear is null && _supplements.Count == 0)
                {
                    _baseYear = m.Groups["yyyy"].Value;
                }
                else if ((m = Part().Match(text, _position)).Success)
                {
                    var (type, rendered) = RenderPart(m);
                    var isSupplement = _baseYear is not null || _supplements.Count > 0 || type is "Amd" or "Cor" or "Err" or "Add";
                    if (isSupplement)
                    {
                        var number = m.Groups["id"].Success ? m.Groups["id"].Value.ToUpperInvariant() : string.Empty;
                        _supplements.Add((new DesignationSupplement(type, number, null), rendered));
                    }
                    else if (_version is null)
                    {
                        _number.Append(' ').Append(rendered);
                        _type = type;
                    }
                    else
                    {
                        return $"'{m.Value.Trim()}' after the version marker; write the annex or appendix before it.";
                    }
                }
                else
                {
                    return $"cannot read '{text[_position..].Trim()}' (expected an edition like '(11/2019)', a version '(V2)', or 'Amd. 1', 'Cor. 1', 'Annex A', 'App. I').";
                }

                _position = m.Index + m.Length;
            }

            if (_baseYear is not null && _supplements.Count == 0)
            {
                // "X.1401 (2019)" with nothing after: the year is the edition itself.
                _edition = _baseYear;
                _year = int.Parse(_baseYear, CultureInfo.InvariantCulture);
                _baseYear = null;
            }

            return null;
        }

        private static (string Type, string Text) RenderPart(Match m)
        {
            var kind = m.Groups["kind"].Value.ToUpperInvariant().TrimEnd('.');
            var id = m.Groups["id"].Value.ToUpperInvariant();
            return kind switch
            {
                "AMD" => ("Amd", "Amd. " + id),
                "COR" => ("Cor", "Cor. " + id),
                "TECHNICAL COR" => ("TCor", "Technical Cor. " + id),
                "ERR" => ("Err", "Err. " + id),
                "ADD" => ("Add", "Add. " + id),
                "SUPPL" or "SUP" => ("Suppl", "Suppl. " + id),
                "ANNEX" => ("Annex", "Annex " + id),
                "ATTACHMENT" => ("Attachment", "attachment"),
                _ => ("App", "App. " + id + (m.Groups["extra"].Success ? " " + m.Groups["extra"].Value.ToLowerInvariant() : string.Empty)),
            };
        }

        public Designation Build()
        {
            var number = _number.ToString();
            var baseKey = "ITU-T " + number;
            var key = new StringBuilder(baseKey);
            var display = new StringBuilder(baseKey);
            if (_version is not null)
            {
                display.Append(" (").Append(_version).Append(')');
            }

            if (_baseYear is not null)
            {
                key.Append(" (").Append(_baseYear).Append(')');
                display.Append(" (").Append(_baseYear).Append(')');
            }

            foreach (var (_, rendered) in _supplements)
            {
                key.Append(' ').Append(rendered);
                display.Append(' ').Append(rendered);
            }

            if (_edition is not null)
            {
                display.Append(" (").Append(_edition).Append(')');
            }

            DesignationSupplement? supplement = null;
            if (_supplements.Count > 0)
            {
                var last = _supplements[^1].Supplement;
                supplement = last with { Type = last.Type == "TCor" ? "Cor" : last.Type, Year = _year };
            }

            return new Designation
            {
                Body = "ITU-T",
                Key = key.ToString(),
                Display = display.ToString(),
                Type = _type,
                Number = number,
                Version = _version,
                Edition = _edition,
                Year = _year,
                Supplement = supplement,
                BaseKey = supplement is null ? null : baseKey,
            };
        }
    }

    [GeneratedRegex(@"^(?:(?:ITU-T|ITU|CCITT)\b|T-REC-|Rec\.? |Recommendation |FG[ -]|https?://|[A-Z]\.(?:\d|Imp\d|Sup))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadRegex();

    [GeneratedRegex(@"^https?://(?:www\.)?itu\.int/(?:ITU-T/)?rec/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPrefix();

    [GeneratedRegex(
        @"^T-REC-(?<rec>[A-Z]\.[A-Za-z0-9.]+?)-(?<yyyy>(?:19|20)\d\d)(?<mm>\d\d)-[IS](?:!(?<stype>Sup|Amd|Cor|Err|Add|App)(?<snum>\d+))?(?:!\S*)?(?:/en)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LegacyId();

    [GeneratedRegex(@"^(?:Rec(?:ommendation)?\.? )?(?:(?<org>ITU-T|ITU|CCITT) ?(?:Rec(?:ommendation)?\.? ?)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^[A-Z]\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DotlessNumber();

    [GeneratedRegex(@"^FG[ -](?<group>[A-Z0-9]{2,12}) (?<deliverable>D\d+(?:\.\d+)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FocusGroup();

    // "Y Suppl. 62", "Y.Suppl.62", "G.Sup58", "E-100 series Suppl. 1", "E100-300 Suppl. 3", "E.1100 series Suppl. 1", "M Suppl. 1.1".
    [GeneratedRegex(
        @"^(?:(?<series>[A-Z](?:-?\d+(?:-\d+)?)?)|(?<series>[A-Z]\.\d+)(?= series))(?: (?<word>series))?(?:\.| )?Sup(?:pl)?\.? ?(?<num>\d+(?:\.\d+)?)(?![\d.])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SeriesSupplement();

    // Handbook-style series without a letter-dot number: MES-2, EMC-6.1, IMPL-8, QOS-2, SEC-QKD.
    [GeneratedRegex(@"^[A-Z]{2,4}-[A-Z0-9]+(?:\.\d+)?(?![\w.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialSeries();

    // X.1401, F.751.2, G.Imp712, I.256.2a, M.73l, D.502R, Q.732.2-5, Q.120-Q.139, F.80bis, V.25 ter, D.200 R, Q.2931 B; "G 231" is G.231.
    [GeneratedRegex(
        @"\G(?<letter>[A-Z])(?:\.|\s(?=\d))(?<imp>Imp)?(?<num>\d+(?:\.\d+)*)(?<suffix>[a-z](?![a-z]))?(?<range>-(?:[A-Z]\.)?\d+(?:\.\d+)*)?(?: ?(?<mod>bis|ter|quater|quarter)(?![a-z])| (?<mod>R)(?![\w.]))?(?: (?<letter2>[A-F])(?=$| \(|/))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"\G(?: ?\(V(?<v>\d+)\)| [vV]\.?(?<v>\d+)(?= |$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionMarker();

    [GeneratedRegex(@"\G ?\((?:(?<mm>\d{1,2})/)?(?<yyyy>(?:19|20)\d\d)\)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Edition();

    [GeneratedRegex(@"\G ?\((?<yyyy>(?:19|20)\d\d)\)(?=[ /])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BaseYear();

    [GeneratedRegex(
        @"\G[ /](?:(?<kind>Technical Cor|Cor|Amd|Err|Add|Sup(?:pl)?)\.? ?(?<id>\d+)|(?<kind>Annex) ?(?<id>[A-Z]{1,2}\d*\+?)|(?<kind>App(?:endix)?)\.? ?(?<id>[IVXL]+|[A-Z])(?: (?<extra>Software|test vectors))?|(?<kind>attachment))(?![\w.])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Part();
}
