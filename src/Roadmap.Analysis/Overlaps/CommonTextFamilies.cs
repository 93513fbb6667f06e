using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Carries same-text relations (identical/common text, twin, adoption) to amendments and corrigenda: when ISO/IEC
/// 10164-6 and ITU-T X.735 are one text, ISO/IEC 10164-6/Cor 1 is the same text as X.735 (and as X.735's corrigendum)
/// too, so the pair is a known relation, never an unknown overlap. A document's family root is the document it amends,
/// corrects or supplements (itself when it is none of these).
/// </summary>
public static class CommonTextFamilies
{
    public static readonly RelationType[] SameText = [RelationType.IdenticalTo, RelationType.CommonText, RelationType.Twin, RelationType.AdoptedFrom];

    private static readonly RelationType[] Supplementing = [RelationType.Amends, RelationType.Corrects, RelationType.Supplements];

    /// <summary>The document each key supplements (amends, corrects), from the keys' own relations; keys that supplement nothing are absent.</summary>
    public static IReadOnlyDictionary<string, string> Roots(IEnumerable<string> keys, IEnumerable<DocumentRelation> relations)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in relations.Where(r => Supplementing.Contains(r.Type) && wanted.Contains(r.FromKey))
                     .OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.ToKey, StringComparer.Ordinal))
        {
            roots.TryAdd(relation.FromKey, relation.ToKey);
        }

        return roots;
    }

    /// <summary>
    /// The same-text pairs among <paramref name="candidates"/> once relations are carried along families:
    /// <paramref name="relations"/> must hold the same-text relations of the candidates and of their roots.
    /// </summary>
    public static IReadOnlyList<KnownRelation> Carry(IReadOnlyCollection<string> candidates, IReadOnlyDictionary<string, string> roots, IEnumerable<DocumentRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        string Root(string key) => roots.GetValueOrDefault(key, key);

        // Which families are one text, by root: a relation from or to any member counts for its family.
        var sameText = new Dictionary<(string, string), RelationType>();
        foreach (var relation in relations.Where(r => SameText.Contains(r.Type)).OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.ToKey, StringComparer.Ordinal).ThenBy(r => r.Type))
        {
            var (a, b) = (Root(relation.FromKey), Root(relation.ToKey));
            if (a != b)
            {
                sameText.TryAdd(Pair(a, b), relation.Type);
            }
        }

        var families = candidates.GroupBy(Root, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var carried = new List<KnownRelation>();
        foreach (var ((a, b), type) in sameText)
        {
            if (families.TryGetValue(a, out var left) && families.TryGetValue(b, out var right))
            {
                carried.AddRange(left.SelectMany(x => right.Select(y => new KnownRelation(x, y, type))));
            }
        }

        return [.. carried.OrderBy(r => r.FromKey, StringComparer.Ordinal).ThenBy(r => r.ToKey, StringComparer.Ordinal)];
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
