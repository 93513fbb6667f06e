using Lucene.Net.Index;
using Lucene.Net.Search;
using Roadmap.Search.Analysis;
using Roadmap.Search.Indexing;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    private const int MaxDesignationMatches = 50;

    // Shorter cores (a lone "x.1") are one edit away from hundreds of designations: no near miss is worth offering.
    private const int MinNearMissCoreLength = 4;

    /// <summary>
    /// The documents a typed designation names, by the index's own reading of designations: the exact form of a
    /// designation, key or edition id (<c>W3C REC-vc-data-model-20191119</c> names the document that edition belongs to),
    /// else the edition-free core (<c>TR 23455</c>, <c>PDL-012</c>, <c>X1410</c>, <c>did-core</c>). When neither names
    /// anything, the documents whose core is one edit away (<c>ISO 22793</c> → ISO 22739) as near misses.
    /// </summary>
    public DesignationMatch MatchDesignation(string text, int limit = 10)
    {
        var clean = TextSanitizer.Clean(text, 200);
        if (clean.Length == 0)
        {
            return DesignationMatch.None;
        }

        limit = Math.Clamp(limit, 1, MaxDesignationMatches);
        var core = DesignationForms.Core(clean);
        return WithSearcher(searcher =>
        {
            var exact = Keys(searcher, new TermQuery(new Term(IndexFields.DesignationExact, DesignationForms.Exact(clean))), limit);
            if (exact.Count > 0)
            {
                return new DesignationMatch { Named = exact };
            }

            if (core is null)
            {
                return DesignationMatch.None;
            }

            var byCore = Keys(searcher, new TermQuery(new Term(IndexFields.DesignationCore, core)), limit);
            if (byCore.Count > 0)
            {
                return new DesignationMatch { Named = byCore };
            }

            return core.Length < MinNearMissCoreLength
                ? DesignationMatch.None
                // One edit, a swap of two neighbours counting as one (22793 → 22739), and the first two characters fixed
                // so a near miss stays in the series typed.
                : new DesignationMatch { NearMisses = Keys(searcher, new FuzzyQuery(new Term(IndexFields.DesignationCore, core), 1, 2, MaxDesignationMatches, transpositions: true), limit) };
        });
    }

    // Ties (every hit of a term query scores alike) go to the shortest key, then key order: ISO 22739 before ISO 22739-2.
    private static List<Suggestion> Keys(IndexSearcher searcher, Query query, int limit) =>
        [.. searcher.Search(query, MaxDesignationMatches).ScoreDocs
            .Select(hit => (hit.Score, Doc: searcher.Doc(hit.Doc)))
            .Select(h => (h.Score, Suggestion: new Suggestion(h.Doc.Get(IndexFields.Key), h.Doc.Get(IndexFields.StoredDesignation) ?? string.Empty, h.Doc.Get(IndexFields.Title) ?? string.Empty)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Suggestion.Key.Length)
            .ThenBy(h => h.Suggestion.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => h.Suggestion)];
}
