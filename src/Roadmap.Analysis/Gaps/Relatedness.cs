using System.Text.RegularExpressions;
using Roadmap.Analysis.Taxonomy;

namespace Roadmap.Analysis.Gaps;

/// <summary>
/// How near a sibling topic's document is to a leaf, from the words they share: twice the leaf's words in the
/// document's title, plus the leaf's words in the sibling topic's own name and scope. Words every sibling or the parent
/// uses ("security", "systems") and document references in brackets say nothing and are left out. Deliberately plain
/// (lower case, six-letter prefixes) so it needs no index and gives the same answer in every edition.
/// </summary>
internal sealed partial class Relatedness
{
    private const int PrefixLength = 6;
    private const int MinWordLength = 4;

    private readonly HashSet<string> _leafWords;
    private readonly Dictionary<string, HashSet<string>> _siblingWords = new(StringComparer.Ordinal);

    public Relatedness(TopicTaxonomy taxonomy, TaxonomyNode leaf)
    {
        var siblings = leaf.ParentId is { } parent ? taxonomy.ChildrenOf(parent).Where(s => s.Id != leaf.Id).ToList() : [];
        foreach (var sibling in siblings)
        {
            _siblingWords[sibling.Id] = Words(sibling.Name + " " + sibling.Scope);
        }

        // A word in a third of the siblings' descriptions, or in the parent's, is the family's vocabulary, not the leaf's.
        var common = leaf.ParentId is { } p && taxonomy.Find(p) is { } parentNode ? Words(parentNode.Name + " " + parentNode.Scope) : [];
        common.UnionWith(_siblingWords.Values.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() * 3 > Math.Max(3, siblings.Count)).Select(g => g.Key));
        _leafWords = Words(leaf.Name + " " + leaf.Scope);
        _leafWords.ExceptWith(common);
    }

    public int Of(string siblingId, string title) =>
        (2 * Words(title).Count(_leafWords.Contains)) + (_siblingWords.TryGetValue(siblingId, out var words) ? words.Count(_leafWords.Contains) : 0);

    private static HashSet<string> Words(string text) =>
        [.. Word().Matches(Bracketed().Replace(text, " ").ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => w.Length >= MinWordLength)
            .Select(w => w.Length > PrefixLength ? w[..PrefixLength] : w)];

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
