namespace Roadmap.Search;

/// <summary>
/// Documents like a given one. <see cref="InterestingTerms"/> are the source's analysed (stemmed) terms that built the
/// query, most distinctive first; <see cref="Found"/> is false when the key is not in the index.
/// </summary>
public sealed record SimilarResult(bool Found, IReadOnlyList<SimilarHit> Hits, IReadOnlyList<string> InterestingTerms)
{
    public static SimilarResult NotFound { get; } = new(false, [], []);
}
