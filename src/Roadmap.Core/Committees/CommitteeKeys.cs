using System.Text.RegularExpressions;

namespace Roadmap.Core.Committees;

/// <summary>Normalises committee references and derives parents from them.</summary>
public static partial class CommitteeKeys
{
    /// <summary>Collapses spacing, so <c>ISO/TC307/WG 2</c> and <c>ISO/TC 307 / WG 2</c> become <c>ISO/TC 307/WG 2</c>.</summary>
    public static string Normalize(string reference)
    {
        var text = Spaces().Replace(reference.Trim(), " ");
        text = SlashSpaces().Replace(text, "/");
        // "ITU-T SG17 Q14/17" (how mandates are often written) names the Question "ITU-T Q14/17".
        text = QuestionWithGroup().Replace(text, "ITU-T Q$2/$1");
        return UnitNumber().Replace(text, m => $"{m.Groups[1].Value.ToUpperInvariant()} {m.Groups[2].Value}");
    }

    /// <summary>The parent of a hierarchical ISO/IEC reference (<c>ISO/TC 307/WG 2</c> → <c>ISO/TC 307</c>), or of an ITU-T Question (<c>ITU-T Q14/17</c> → <c>ITU-T SG17</c>).</summary>
    public static string? ParentOf(string key)
    {
        var question = ItuQuestion().Match(key);
        if (question.Success)
        {
            // Leading zeros dropped as a number would, without parsing one: a page's digits can be any length.
            var group = question.Groups[2].Value.TrimStart('0');
            return $"ITU-T SG{(group.Length == 0 ? "0" : group)}";
        }

        var lastSlash = key.LastIndexOf('/');
        if (lastSlash <= 0)
        {
            return null;
        }

        var parent = key[..lastSlash];
        // "ISO/TC 307" has a slash that separates the body from the committee, not a parent.
        return parent.Contains(' ', StringComparison.Ordinal) ? parent : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*/\s*")]
    private static partial Regex SlashSpaces();

    [GeneratedRegex(@"\b(TC|SC|WG|PC|JTC|JWG|AHG|CAG)\s*(\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitNumber();

    [GeneratedRegex(@"^ITU-T SG([0-9]+) Q([0-9]+)/\1$")]
    private static partial Regex QuestionWithGroup();

    [GeneratedRegex(@"^ITU-T Q([0-9]+)/([0-9]+)$")]
    private static partial Regex ItuQuestion();
}
