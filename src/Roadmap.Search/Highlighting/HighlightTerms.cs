using Lucene.Net.Index;
using Lucene.Net.Search;
using Roadmap.Search.Indexing;

namespace Roadmap.Search.Highlighting;

/// <summary>
/// The analysed terms (and prefixes) of a query that can match title or scope. Taken from the rewritten query, so fuzzy
/// expansions are the real index terms they matched; prefixes are collected from the query tree because a constant-score
/// rewrite hides its terms.
/// </summary>
internal sealed record HighlightTerms(HashSet<string> Terms, IReadOnlyList<string> Prefixes)
{
    // Looks a token's characters up without making a string of them (the set compares ordinally).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static HighlightTerms None { get; } = new(new HashSet<string>(StringComparer.Ordinal), []);

    public bool IsEmpty => Terms.Count == 0 && Prefixes.Count == 0;

    public bool Matches(ReadOnlySpan<char> term)
    {
        if (_lookup.Contains(term))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The terms of <paramref name="rewritten"/> (the query as the search ran it) and the prefixes of <paramref name="query"/>.</summary>
    public static HighlightTerms From(Query rewritten, Query query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        try
        {
            var extracted = new HashSet<Term>();
            rewritten.ExtractTerms(extracted);
            terms.UnionWith(extracted.Where(t => IsProse(t.Field)).Select(t => t.Text));
        }
        catch (NotSupportedException)
        {
            // A query kind that cannot list its terms: highlight what the prefixes give, nothing more.
        }

        CollectPrefixes(query, prefixes);
        return new HighlightTerms(terms, prefixes);
    }

    private static bool IsProse(string field) => field is IndexFields.Title or IndexFields.Scope;

    private static void CollectPrefixes(Query query, List<string> prefixes)
    {
        switch (query)
        {
            case PrefixQuery prefix when IsProse(prefix.Prefix.Field) && prefix.Prefix.Text.Length > 0:
                prefixes.Add(prefix.Prefix.Text);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    CollectPrefixes(clause.Query, prefixes);
                }

                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    CollectPrefixes(disjunct, prefixes);
                }

                break;
            case FilteredQuery filtered:
                CollectPrefixes(filtered.Query, prefixes);
                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                CollectPrefixes(constant.Query, prefixes);
                break;
        }
    }
}
