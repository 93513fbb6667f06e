using Lucene.Net.Index;
using Lucene.Net.Search;
using Roadmap.Search.Analysis;
using Roadmap.Search.Indexing;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    private const int MaxSuggestions = 50;

    /// <summary>
    /// Completions for what the user has typed so far: designations whose core or full form starts with it first, then
    /// titles that start with it, then titles containing its words with the last one as a prefix. Ties go to the
    /// shortest key, then key order, so <c>X.140</c> offers X.1401 before X.1408 before X.14010.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 8)
    {
        var text = TextSanitizer.Clean(prefix, 200);
        if (text.Length == 0)
        {
            return [];
        }

        limit = Math.Clamp(limit, 1, MaxSuggestions);
        var exact = DesignationForms.Exact(text);
        var query = new BooleanQuery(disableCoord: true)
        {
            { new PrefixQuery(new Term(IndexFields.DesignationExact, exact)) { Boost = 8f }, Occur.SHOULD },
            { new PrefixQuery(new Term(IndexFields.TitleKeyword, exact)) { Boost = 4f }, Occur.SHOULD },
        };
        if (DesignationForms.Core(text) is { } core)
        {
            query.Add(new PrefixQuery(new Term(IndexFields.DesignationCore, core)) { Boost = 10f }, Occur.SHOULD);
        }

        var words = TokenReader.Read(_analyzers.English, IndexFields.Title, text, 12);
        if (words.Count > 0)
        {
            var inTitle = new BooleanQuery { Boost = 2f };
            for (var i = 0; i < words.Count; i++)
            {
                var term = new Term(IndexFields.Title, words[i].Term);
                var isLast = i == words.Count - 1 && words[i].End == text.Length;
                inTitle.Add(isLast ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
            }

            query.Add(inTitle, Occur.SHOULD);
        }

        return WithSearcher(searcher =>
        {
            var top = searcher.Search(query, limit * 4);
            return top.ScoreDocs
                .Select(hit => (hit.Score, Doc: searcher.Doc(hit.Doc)))
                .Select(h => (h.Score, Suggestion: new Suggestion(
                    h.Doc.Get(IndexFields.Key), h.Doc.Get(IndexFields.StoredDesignation) ?? string.Empty, h.Doc.Get(IndexFields.Title) ?? string.Empty)))
                .OrderByDescending(h => h.Score)
                .ThenBy(h => h.Suggestion.Key.Length)
                .ThenBy(h => h.Suggestion.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(h => h.Suggestion)
                .ToList();
        });
    }
}
