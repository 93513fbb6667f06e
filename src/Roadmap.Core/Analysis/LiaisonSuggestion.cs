namespace Roadmap.Core.Analysis;

/// <summary>
/// Two committees whose documents overlap and that share no common-text or adoption relation yet: a liaison worth
/// proposing, or — when both sit in one body or one is the other's parent — a matter of internal coordination.
/// <see cref="Strength"/> is their summed overlap score normalised by the committees' sizes (see the ranker).
/// </summary>
public sealed record LiaisonSuggestion
{
    public required string FirstCommittee { get; init; }

    public required string SecondCommittee { get; init; }

    /// <summary>The summed overlap score divided by √((documents of the first + 5) × (documents of the second + 5)).</summary>
    public required double Strength { get; init; }

    /// <summary>The plain sum of the pair's overlap scores, before normalising by committee size.</summary>
    public double Sum { get; init; }

    public required int Overlaps { get; init; }

    public required IReadOnlyList<string> SharedTopics { get; init; }

    /// <summary>The strongest overlapping pairs, as <c>first ↔ second</c> keys.</summary>
    public required IReadOnlyList<string> TopPairs { get; init; }

    /// <summary>
    /// Why the pair is internal coordination rather than a liaison (<c>same body (ISO)</c>, <c>ISO/TC 307 contains ISO/TC 307/WG 3
    /// </c>); null for a pair across bodies.
    /// </summary>
    public string? Internal { get; init; }

    /// <summary>The registered liaison that already covers the pair (between the committees or their parents), as <c>A ↔ B (category)</c>; null when the liaison would be new.</summary>
    public string? Existing { get; init; }
}
