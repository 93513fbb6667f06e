using System.Text.RegularExpressions;

namespace Roadmap.SampleMaker;

/// <summary>Title words that mark a document as DLT-related in series that are not DLT by committee.</summary>
internal static partial class DltKeywords
{
    // "DLT" needs word boundaries and case, or it would hit words such as "multiplexing" spelled in capitals.
    [GeneratedRegex(@"blockchain|distributed[ -]ledger|smart[ -]contract|decentrali[sz]ed[ -]identif|verifiable[ -]credential|digital[ -]currenc|digital[ -]ledger|crypto[ -]?assets?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\bDLTs?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"blockchain|distributed[ -]ledger", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoWords();

    public static bool Match(string? title) => title is not null && (Words().IsMatch(title) || Acronym().IsMatch(title));

    /// <summary>The narrower ISO rule: ISO titles say "blockchain" or "distributed ledger" when they mean it.</summary>
    public static bool MatchIso(string? title) => title is not null && IsoWords().IsMatch(title);
}
