using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Roadmap.Search.Analysis;
using Roadmap.Search.Indexing;
using Roadmap.Search.Querying;

namespace Roadmap.Search;

public sealed partial class DocumentIndex
{
    private const int MaxSimilar = 100;

    /// <summary>
    /// MoreLikeThis over title and scope, re-analysing the stored text. A term must occur in at least two documents
    /// to count: a word only the source has cannot make another document similar.
    /// </summary>
    public SimilarResult Similar(string key, int limit = 10, SearchFilters? filters = null)
    {
        limit = Math.Clamp(limit, 1, MaxSimilar);
        return WithSearcher(searcher =>
        {
            var docId = FindDoc(searcher, key);
            if (docId < 0)
            {
                return SimilarResult.NotFound;
            }

            var moreLikeThis = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = _analyzers.English,
                FieldNames = [IndexFields.Title, IndexFields.Scope],
                MinTermFreq = 1,
                MinDocFreq = 2,
                MinWordLen = 3,
                MaxQueryTerms = 25,
                ApplyBoost = true,
            };
            var interesting = moreLikeThis.RetrieveInterestingTerms(docId);
            var like = moreLikeThis.Like(docId);
            var query = new BooleanQuery
            {
                { like, Occur.MUST },
                { new TermQuery(new Term(IndexFields.Key, key)), Occur.MUST_NOT },
            };
            var top = searcher.Search(FilterBuilder.Apply(query, FilterBuilder.Build(filters).Values), limit);
            var interestingSet = new HashSet<string>(interesting, StringComparer.Ordinal);
            var hits = top.ScoreDocs.Select(hit =>
            {
                var doc = searcher.Doc(hit.Doc);
                var text = $"{doc.Get(IndexFields.Title)}\n{doc.Get(IndexFields.Scope)}";
                var own = TokenReader.Read(_analyzers.English, IndexFields.Title, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
                var shared = interesting.Where(own.Contains).ToList();
                return new SimilarHit(doc.Get(IndexFields.Key), doc.Get(IndexFields.StoredDesignation) ?? string.Empty, doc.Get(IndexFields.Title) ?? string.Empty, hit.Score, shared);
            }).ToList();
            return new SimilarResult(true, hits, interesting);
        });
    }
}
