namespace Roadmap.Core.Analysis;

/// <summary>
/// Two committees whose documents overlap and that share no common-text or adoption relation yet: a liaison worth
/// proposing. <see cref="Strength"/> is the sum of their unknown overlap scores.
/// </summary>
public sealed record LiaisonSuggestion
{
    public required string FirstCommittee { get; init; }

    public required string SecondCommittee { get; init; }

    public required double Strength { get; init; }

    public required int Overlaps { get; init; }

    public required IReadOnlyList<string> SharedTopics { get; init; }

    /// <summary>The strongest overlapping pairs, as <c>first ↔ second</c> keys.</summary>
    public required IReadOnlyList<string> TopPairs { get; init; }
}
