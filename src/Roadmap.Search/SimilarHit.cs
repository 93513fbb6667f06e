namespace Roadmap.Search;

/// <summary>A document similar to the source one, with the analysed terms (stems) it shares with the source's interesting terms.</summary>
public sealed record SimilarHit(string Key, string Designation, string Title, float Score, IReadOnlyList<string> SharedTerms);
