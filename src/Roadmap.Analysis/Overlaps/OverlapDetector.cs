using Roadmap.Core.Analysis;
using Roadmap.Core.Documents;

namespace Roadmap.Analysis.Overlaps;

/// <summary>
/// Pairs of documents from different bodies or committees with similar scope.
/// <para>
/// With sentence embeddings (<see cref="ITextEmbedder"/>): <c>score = 0.7 × semantic + 0.3 × cosine</c>, where semantic is
/// the cosine of the title subjects' embeddings and cosine that of the tf-idf vectors over title subject and scope. Every
/// pair sharing a leaf topic is a candidate and only such pairs are listed: measured against the labelled pairs, the
/// meaning of the titles tells "the same work" from "adjacent work" better than topic overlap does, which every pair of
/// a leaf shares (see docs/QUALITY.md).
/// </para>
/// <para>
/// Words only (no embedder): <c>score = 0.55 × cosine + 0.20 × topics + 0.25 × same primary</c>, topics being the Jaccard
/// similarity of their leaf topics; every pair with the same primary topic is a candidate, whatever its words.
/// </para>
/// Pairs the graph already relates (identical/common text, twin, adoption) come back with that relation, whatever their score.
/// </summary>
public sealed class OverlapDetector(ITextMatcher matcher, ITextEmbedder? embedder = null)
{
    public const double TextShare = 0.55;
    public const double TopicShare = 0.20;
    public const double PrimaryShare = 0.25;
    public const double SemanticShare = 0.7;
    public const double SemanticTextShare = 0.3;

    /// <summary>The default least score to list: the semantic blend runs higher than the word-only one for the same pairs.</summary>
    public const double DefaultMinScore = 0.3;
    public const double DefaultSemanticMinScore = 0.35;

    // Titles this close (meaning, or words when no sentence model) between ITU-T and ISO/IEC: likely one common text.
    private const double CommonTextSemantic = 0.95;
    private const double CommonTextWords = 0.8;
    private const int MaxSharedTerms = 8;
    private const int MaxPerDocument = 10;

    /// <summary>Whether scores blend semantic similarity (an embedder was given).</summary>
    public bool Semantic => embedder is not null;

    public IReadOnlyList<Overlap> Detect(IReadOnlyList<OverlapCandidate> candidates, IReadOnlyList<KnownRelation> known, double minScore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(known);
        var vectors = TermVectors.Build(candidates, matcher);
        var semantic = embedder is null ? null : SemanticVectors.Build(candidates, embedder, cancellationToken);
        var knownPairs = new Dictionary<(string, string), RelationType>();
        foreach (var relation in known)
        {
            knownPairs.TryAdd(Pair(relation.FromKey, relation.ToKey), relation.Type);
        }

        var byKey = candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c.Key, x => x.i, StringComparer.Ordinal);
        var overlaps = new List<Overlap>();
        var dots = vectors.Dots();
        vectors.AddPairs(dots, candidates.Select((c, i) => (c.Primary, i)).Where(x => x.Primary is not null)
            .GroupBy(x => x.Primary!, StringComparer.Ordinal).Select(g => (IReadOnlyList<int>)[.. g.Select(x => x.i)]));
        if (semantic is not null)
        {
            // Candidates from every pair in the same leaf: texts on one subject may share no distinctive word.
            vectors.AddPairs(dots, candidates.SelectMany((c, i) => c.Topics.Select(t => (Topic: t, i)))
                .GroupBy(x => x.Topic, StringComparer.Ordinal).Select(g => (IReadOnlyList<int>)[.. g.Select(x => x.i).Distinct()]));
        }

        foreach (var ((i, j), dot) in dots)
        {
            var (a, b) = (candidates[i], candidates[j]);
            var relation = knownPairs.TryGetValue(Pair(a.Key, b.Key), out var type) ? type : (RelationType?)null;
            if (relation is null && !CrossGroup(a, b))
            {
                continue;
            }

            var overlap = Build(a, b, dot, semantic?.Similarity(i, j), vectors, i, j, relation);
            if (relation is not null || (overlap.Score >= minScore && (semantic is null || overlap.SharedTopics.Count > 0)))
            {
                overlaps.Add(overlap);
            }
        }

        // Known pairs with no shared term at all still appear, as relations.
        foreach (var ((first, second), type) in knownPairs)
        {
            if (byKey.TryGetValue(first, out var i) && byKey.TryGetValue(second, out var j) && !dots.ContainsKey(Order(i, j)))
            {
                overlaps.Add(Build(candidates[i], candidates[j], 0, semantic?.Similarity(i, j), vectors, i, j, type));
            }
        }

        // Each document keeps its strongest pairs only; a long tail of weak pairs is noise for a roadmap. Ties go by key,
        // so every instance lists the same pairs in the same order.
        var perDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. overlaps
            .OrderByDescending(o => o.Score).ThenBy(o => o.FirstKey, StringComparer.Ordinal).ThenBy(o => o.SecondKey, StringComparer.Ordinal)
            .Where(o => o.IsKnown || (Bump(perDocument, o.FirstKey) <= MaxPerDocument & Bump(perDocument, o.SecondKey) <= MaxPerDocument))];
    }

    private static Overlap Build(OverlapCandidate a, OverlapCandidate b, double dot, double? semantic, TermVectors vectors, int i, int j, RelationType? relation)
    {
        var sharedTopics = a.Topics.Intersect(b.Topics, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var union = a.Topics.Union(b.Topics, StringComparer.Ordinal).Count();
        var topicSimilarity = union == 0 ? 0 : sharedTopics.Count / (double)union;
        var (first, second) = string.CompareOrdinal(a.Key, b.Key) <= 0 ? (a, b) : (b, a);
        var score = semantic is { } s
            ? (SemanticShare * s) + (SemanticTextShare * dot)
            : (TextShare * dot) + (TopicShare * topicSimilarity) + (a.Primary is not null && a.Primary == b.Primary ? PrimaryShare : 0);
        return new Overlap
        {
            FirstKey = first.Key,
            SecondKey = second.Key,
            FirstBody = first.Body,
            SecondBody = second.Body,
            FirstCommittee = first.Committee,
            SecondCommittee = second.Committee,
            TextSimilarity = Math.Round(dot, 4),
            SemanticSimilarity = semantic is { } value ? Math.Round(value, 4) : null,
            TopicSimilarity = Math.Round(topicSimilarity, 4),
            Score = Math.Round(score, 4),
            SharedTerms = vectors.SharedTerms(i, j, MaxSharedTerms),
            SharedTopics = sharedTopics,
            KnownRelation = relation,
            LikelyCommonText = relation is null && ItuAndJtc1(first, second) && (semantic is { } close ? close >= CommonTextSemantic : dot >= CommonTextWords),
        };
    }

    // JTC 1's texts are stored under body ISO with keys starting "ISO/IEC"; ITU-T and JTC 1 publish common texts.
    private static bool ItuAndJtc1(OverlapCandidate first, OverlapCandidate second) =>
        (first.Body, second.Body) switch
        {
            ("ITU-T", _) => second.Key.StartsWith("ISO/IEC ", StringComparison.Ordinal),
            (_, "ITU-T") => first.Key.StartsWith("ISO/IEC ", StringComparison.Ordinal),
            _ => false,
        };

    // Different bodies, or the same body's different committees (both known).
    private static bool CrossGroup(OverlapCandidate a, OverlapCandidate b) =>
        !string.Equals(a.Body, b.Body, StringComparison.Ordinal)
        || (a.Committee is not null && b.Committee is not null && !string.Equals(a.Committee, b.Committee, StringComparison.Ordinal));

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static (int, int) Order(int i, int j) => i < j ? (i, j) : (j, i);

    private static int Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
