using System.Globalization;
using System.Text.RegularExpressions;

namespace Roadmap.Crawlers.Itu;

/// <summary>
/// One include filter: <c>X.1000-X.1999</c> (a numeric range in one series), <c>F.751.*</c> (a number and its
/// sub-numbers), optionally <c>~ word|word</c> (the listing row must mention one), or <c>*</c> (everything).
/// </summary>
public sealed partial record ItuRange(string Series, int From, int To, string? Prefix, IReadOnlyList<string> Keywords)
{
    public static ItuRange Parse(string text)
    {
        var parts = text.Split('~', 2, StringSplitOptions.TrimEntries);
        var keywords = parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var spec = parts[0];
        if (spec == "*")
        {
            return new ItuRange("*", 0, int.MaxValue, null, keywords);
        }

        if (RangeSpec().Match(spec) is { Success: true } range && range.Groups[1].Value == range.Groups[3].Value)
        {
            return new ItuRange(range.Groups[1].Value, Int(range.Groups[2].Value), Int(range.Groups[4].Value), null, keywords);
        }

        if (PrefixSpec().Match(spec) is { Success: true } prefix)
        {
            return new ItuRange(prefix.Groups[1].Value, 0, int.MaxValue, prefix.Groups[1].Value + "." + prefix.Groups[2].Value, keywords);
        }

        throw new ArgumentException($"'{text}' is not an ITU-T range (X.1000-X.1999, F.751.*, optionally '~ word|word', or *)");
    }

    /// <summary>Whether a listing row (designation first, then title) is in this range.</summary>
    public bool Matches(string row)
    {
        if (Keywords.Count > 0 && !Keywords.Any(k => row.Contains(k, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (Series == "*")
        {
            return true;
        }

        var number = Number().Match(row);
        if (!number.Success || number.Groups[1].Value != Series)
        {
            return false;
        }

        return Prefix is not null
            ? (number.Value + ".").StartsWith(Prefix + ".", StringComparison.Ordinal)
            : Int(number.Groups[2].Value) is var n && n >= From && n <= To;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([A-Z])\.(\d+)\s*-\s*([A-Z])\.(\d+)$")]
    private static partial Regex RangeSpec();

    [GeneratedRegex(@"^([A-Z])\.([\d.]+?)\.?\*$")]
    private static partial Regex PrefixSpec();

    [GeneratedRegex(@"\b([A-Z])\.(\d+)(?:\.\d+)*")]
    private static partial Regex Number();
}
