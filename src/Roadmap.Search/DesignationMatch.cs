namespace Roadmap.Search;

/// <summary>
/// What the index makes of a designation as a person typed it: the documents it names (<see cref="Named"/>), or, when
/// it names none, the documents whose designation is one edit away (<see cref="NearMisses"/>, for "did you mean").
/// </summary>
public sealed record DesignationMatch
{
    public static DesignationMatch None { get; } = new();

    /// <summary>Documents whose designation, key or an edition id is the text, or reduces to the same core.</summary>
    public IReadOnlyList<Suggestion> Named { get; init; } = [];

    /// <summary>When nothing is named: documents whose designation core differs by one edit (a swapped or wrong digit).</summary>
    public IReadOnlyList<Suggestion> NearMisses { get; init; } = [];
}
