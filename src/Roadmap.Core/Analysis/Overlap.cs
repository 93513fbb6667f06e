using Roadmap.Core.Documents;

namespace Roadmap.Core.Analysis;

/// <summary>
/// Two documents from different bodies or committees with similar scope. <see cref="Score"/> blends the cosine of
/// their title-and-scope term vectors with the share of topics they have in common; the terms and topics behind it
/// are kept. A pair the graph already links (common text, twin, adoption) carries that <see cref="KnownRelation"/>
/// and is a relation, not an unknown overlap.
/// </summary>
public sealed record Overlap
{
    public required string FirstKey { get; init; }

    public required string SecondKey { get; init; }

    public required string FirstBody { get; init; }

    public required string SecondBody { get; init; }

    public string? FirstCommittee { get; init; }

    public string? SecondCommittee { get; init; }

    public required double Score { get; init; }

    /// <summary>Cosine similarity (tf-idf, title terms counted twice) of the two texts, 0–1.</summary>
    public required double TextSimilarity { get; init; }

    /// <summary>
    /// Cosine similarity of the two title subjects' sentence embeddings, 0–1, when the analysis ran with a sentence
    /// model (null when it compared words only).
    /// </summary>
    public double? SemanticSimilarity { get; init; }

    /// <summary>Jaccard similarity of the two documents' topic sets, 0–1.</summary>
    public required double TopicSimilarity { get; init; }

    /// <summary>The shared analysed terms that contribute most, strongest first.</summary>
    public required IReadOnlyList<string> SharedTerms { get; init; }

    public required IReadOnlyList<string> SharedTopics { get; init; }

    /// <summary>The graph relation that already links the pair (IdenticalTo, CommonText, Twin, AdoptedFrom), if any.</summary>
    public RelationType? KnownRelation { get; init; }

    public bool IsKnown => KnownRelation is not null;

    /// <summary>
    /// An ITU-T Recommendation and an ISO/IEC (JTC 1) text with near-identical titles and no recorded relation: most likely
    /// one common text whose relation the catalogues miss. Reported as such for an editor to confirm, not as an overlap.
    /// </summary>
    public bool LikelyCommonText { get; init; }
}
