using Roadmap.Core.Analysis;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Pairs of documents from different bodies or committees with similar scope: cosine similarity of tf-idf vectors over
/// title subject and scope (title terms count twice; idf from the candidate set, so words every DLT document uses weigh
/// little), blended with the Jaccard similarity of their topics and whether they share their primary topic (their main
/// subject): <c>score = 0.55 × cosine + 0.20 × topics + 0.25 × same primary</c>. Every pair with the same primary topic
/// is a candidate, whatever its words: two texts on one subject written in different vocabularies still overlap. Pairs
/// the graph already relates (identical/common text, twin, adoption) come back with that relation, whatever their score.
/// </summary>
public sealed class OverlapDetector(ITextMatcher matcher)
{
    public const double TextShare = 0.55;
    public const double TopicShare = 0.20;
    public const double PrimaryShare = 0.25;
    private const int MaxSharedTerms = 8;
    private const int MaxPerDocument = 10;

    public IReadOnlyList<Overlap> Detect(IReadOnlyList<OverlapCandidate> candidates, IReadOnlyList<KnownRelation> known, double minScore)
    {
        var vectors = TermVectors.Build(candidates, matcher);
        var knownPairs = new Dictionary<(string, string), Core.Documents.RelationType>();
        foreach (var relation in known)
        {
            knownPairs.TryAdd(Pair(relation.FromKey, relation.ToKey), relation.Type);
        }

        var byKey = candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c.Key, x => x.i, StringComparer.Ordinal);
        var overlaps = new List<Overlap>();
        var dots = vectors.Dots();
        vectors.AddPairs(dots, candidates.Select((c, i) => (c.Primary, i)).Where(x => x.Primary is not null)
            .GroupBy(x => x.Primary!, StringComparer.Ordinal).Select(g => (IReadOnlyList<int>)[.. g.Select(x => x.i)]));
        foreach (var ((i, j), dot) in dots)
        {
            var (a, b) = (candidates[i], candidates[j]);
            var relation = knownPairs.TryGetValue(Pair(a.Key, b.Key), out var type) ? type : (Core.Documents.RelationType?)null;
            if (relation is null && !CrossGroup(a, b))
            {
                continue;
            }

            var overlap = Build(a, b, dot, vectors, i, j, relation);
            if (relation is not null || overlap.Score >= minScore)
            {
                overlaps.Add(overlap);
            }
        }

        // Known pairs with no shared term at all still appear, as relations.
        foreach (var ((first, second), type) in knownPairs)
        {
            if (byKey.TryGetValue(first, out var i) && byKey.TryGetValue(second, out var j) && !dots.ContainsKey(Order(i, j)))
            {
                overlaps.Add(Build(candidates[i], candidates[j], 0, vectors, i, j, type));
            }
        }

        // Each document keeps its strongest pairs only; a long tail of weak pairs is noise for a roadmap.
        var perDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. overlaps
            .OrderByDescending(o => o.Score).ThenBy(o => o.FirstKey, StringComparer.Ordinal).ThenBy(o => o.SecondKey, StringComparer.Ordinal)
            .Where(o => o.IsKnown || (Bump(perDocument, o.FirstKey) <= MaxPerDocument & Bump(perDocument, o.SecondKey) <= MaxPerDocument))];
    }

    private static Overlap Build(OverlapCandidate a, OverlapCandidate b, double dot, TermVectors vectors, int i, int j, Core.Documents.RelationType? relation)
    {
        var sharedTopics = a.Topics.Intersect(b.Topics, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var union = a.Topics.Union(b.Topics, StringComparer.Ordinal).Count();
        var topicSimilarity = union == 0 ? 0 : sharedTopics.Count / (double)union;
        var (first, second) = string.CompareOrdinal(a.Key, b.Key) <= 0 ? (a, b) : (b, a);
        return new Overlap
        {
            FirstKey = first.Key,
            SecondKey = second.Key,
            FirstBody = first.Body,
            SecondBody = second.Body,
            FirstCommittee = first.Committee,
            SecondCommittee = second.Committee,
            TextSimilarity = Math.Round(dot, 4),
            TopicSimilarity = Math.Round(topicSimilarity, 4),
            Score = Math.Round((TextShare * dot) + (TopicShare * topicSimilarity) + (a.Primary is not null && a.Primary == b.Primary ? PrimaryShare : 0), 4),
            SharedTerms = vectors.SharedTerms(i, j, MaxSharedTerms),
            SharedTopics = sharedTopics,
            KnownRelation = relation,
        };
    }

    // Different bodies, or the same body's different committees (both known).
    private static bool CrossGroup(OverlapCandidate a, OverlapCandidate b) =>
        !string.Equals(a.Body, b.Body, StringComparison.Ordinal)
        || (a.Committee is not null && b.Committee is not null && !string.Equals(a.Committee, b.Committee, StringComparison.Ordinal));

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static (int, int) Order(int i, int j) => i < j ? (i, j) : (j, i);

    private static int Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
