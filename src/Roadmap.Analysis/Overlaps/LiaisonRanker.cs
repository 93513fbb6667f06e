using Roadmap.Core.Analysis;
using Roadmap.Core.Committees;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Committee pairs ranked by the size-normalised score of their unknown overlaps, leaving out pairs of committees that
/// already share a common text, twin text or adoption. A document without a committee is left out: an unknown committee
/// is nobody to write to, and grouping such documents under a pseudo-committee made pairs nobody could act on.
/// Pairs within one body, or of a committee with one of its own subgroups, are internal coordination, listed apart.
/// Each pair says whether a registered liaison (between the committees or their parents) already covers it.
/// </summary>
public static class LiaisonRanker
{
    private const int MaxPairs = 3;
    private const int MaxTopics = 5;

    /// <summary>Documents added to each committee's size before normalising (see <see cref="Suggest"/>).</summary>
    public const int SizePrior = 5;

    public static LiaisonRanking Rank(IReadOnlyList<Overlap> overlaps, LiaisonContext context, int limit = 50)
    {
        var attributed = overlaps.Where(o => o.FirstCommittee is not null && o.SecondCommittee is not null && o.FirstCommittee != o.SecondCommittee).ToList();
        var linked = attributed.Where(o => o.IsKnown).Select(o => Pair(o.FirstCommittee!, o.SecondCommittee!)).ToHashSet();
        var ranked = attributed
            .Where(o => !o.IsKnown)
            .GroupBy(o => Pair(o.FirstCommittee!, o.SecondCommittee!))
            .Where(g => !linked.Contains(g.Key))
            .Select(g => Suggest(g.Key, [.. g], context))
            .OrderByDescending(s => s.Strength).ThenByDescending(s => s.Sum)
            .ThenBy(s => s.FirstCommittee, StringComparer.Ordinal).ThenBy(s => s.SecondCommittee, StringComparer.Ordinal)
            .ToList();
        return new LiaisonRanking(
            [.. ranked.Where(s => s.Internal is null).Take(limit)],
            [.. ranked.Where(s => s.Internal is not null).Take(limit)]);
    }

    /// <summary>
    /// The suggestions with "existing" read again from the registry as it is now: a stored run's labels date from the
    /// run, and an editor who has just registered a liaison expects to see it.
    /// </summary>
    public static IReadOnlyList<LiaisonSuggestion> Relabel(IEnumerable<LiaisonSuggestion> suggestions, LiaisonContext context) =>
        [.. suggestions.Select(s => s with { Existing = Registered((s.FirstCommittee, s.SecondCommittee), context) })];

    private static LiaisonSuggestion Suggest((string First, string Second) pair, List<Overlap> overlaps, LiaisonContext context)
    {
        var sum = overlaps.Sum(o => o.Score);
        // A plain sum grows with the number of document pairs, so the committees with the most documents came first
        // whatever their focus. Dividing by √(nA·nB) — the cosine normalisation of the two committees' document sets —
        // measures how densely their work overlaps: a few documents that all overlap outrank many that touch by chance.
        // A prior of SizePrior documents on each side (additive smoothing) keeps two one-document committees with one
        // overlap from topping the list on a single data point; on the demo data the unsmoothed ratio put
        // ISO/IEC JTC 1/SC 41 ↔ ITU-T SG20 (1 document each) first and ISO/TC 307 ↔ ITU-T Q14/17 13th.
        var strength = sum / Math.Sqrt((double)(context.SizeOf(pair.First) + SizePrior) * (context.SizeOf(pair.Second) + SizePrior));
        var sample = overlaps[0];
        var firstBody = sample.FirstCommittee == pair.First ? sample.FirstBody : sample.SecondBody;
        var secondBody = sample.FirstCommittee == pair.First ? sample.SecondBody : sample.FirstBody;
        return new LiaisonSuggestion
        {
            FirstCommittee = pair.First,
            SecondCommittee = pair.Second,
            Strength = Math.Round(strength, 3),
            Sum = Math.Round(sum, 3),
            Overlaps = overlaps.Count,
            SharedTopics = [.. overlaps.SelectMany(o => o.SharedTopics).GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxTopics).Select(t => t.Key)],
            TopPairs = [.. overlaps.OrderByDescending(o => o.Score).ThenBy(o => o.FirstKey, StringComparer.Ordinal).Take(MaxPairs).Select(o => $"{o.FirstKey} ↔ {o.SecondKey}")],
            Internal = InternalReason(pair, firstBody, secondBody, context),
            Existing = Registered(pair, context),
        };
    }

    private static string? InternalReason((string First, string Second) pair, string firstBody, string secondBody, LiaisonContext context)
    {
        if (context.SelfAndAncestors(pair.Second).Contains(pair.First))
        {
            return $"{pair.First} contains {pair.Second}";
        }

        if (context.SelfAndAncestors(pair.First).Contains(pair.Second))
        {
            return $"{pair.Second} contains {pair.First}";
        }

        // Bodies as the documents carry them: ISO and ISO/IEC documents are both "ISO", one family for coordination.
        return firstBody == secondBody ? $"same body ({firstBody})" : null;
    }

    // A liaison between the committees, or between a parent of one and (a parent of) the other, covers the pair:
    // ISO/TC 307 ↔ ITU-T SG17 covers the work of ISO/TC 307/WG 3 with ITU-T Q14/17.
    private static string? Registered((string First, string Second) pair, LiaisonContext context)
    {
        if (context.Registry.Count == 0)
        {
            return null;
        }

        var firstChain = context.SelfAndAncestors(pair.First);
        var secondChain = context.SelfAndAncestors(pair.Second);
        var liaison = context.Registry.FirstOrDefault(l => firstChain.Any(a => secondChain.Any(b => l.Joins(a, b))));
        return liaison is null ? null : liaison.Category is null ? liaison.Id : $"{liaison.Id} ({liaison.Category})";
    }

    private static (string, string) Pair(string a, string b) => CommitteeLiaison.Order(a, b);
}
