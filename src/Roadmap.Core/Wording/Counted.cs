using System.Globalization;

namespace Roadmap.Core.Wording;

/// <summary>
/// Counts in grammatical English ("1 body", "2 bodies", "no gaps"), so no generated sentence reads "1 bodies" or
/// "body(ies)". Regular plurals are formed here; an irregular one is passed in.
/// </summary>
public static class Counted
{
    /// <summary>The count and the noun phrase, plural unless the count is one: <c>Of(2, "liaison recommendation")</c>.</summary>
    /// <param name="plural">The plural when it is irregular (<c>"analyses"</c>); otherwise formed from the last word.</param>
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, singular, plural);

    /// <summary>As <see cref="Of"/>, but "no" for zero, for prose: "no new liaisons", "1 gap", "3 gaps".</summary>
    public static string Words(int count, string singular, string? plural = null) =>
        count == 0 ? "no " + Noun(count, singular, plural) : Of(count, singular, plural);

    /// <summary>The noun phrase alone, agreeing with the count.</summary>
    public static string Noun(int count, string singular, string? plural = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(singular);
        return count == 1 ? singular : plural ?? Plural(singular);
    }

    /// <summary>"is" or "are", agreeing with the count.</summary>
    public static string Be(int count) => count == 1 ? "is" : "are";

    /// <summary>The regular English plural of a phrase's last word: body → bodies, pass → passes, key → keys.</summary>
    public static string Plural(string singular)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(singular);
        var word = singular.TrimEnd();
        if (word.EndsWith('y') && word.Length > 1 && !IsVowel(word[^2]))
        {
            return word[..^1] + "ies";
        }

        return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            ? word + "es"
            : word + "s";
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);
}
