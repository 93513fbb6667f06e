namespace Roadmap.Core.Committees;

/// <summary>
/// An established liaison between two committees (a fact of the liaison registry, not a suggestion). The pair is
/// unordered: <see cref="Create"/> stores it with the ordinally smaller key first, so each pair has one identity.
/// </summary>
public sealed record CommitteeLiaison
{
    public required string FirstCommittee { get; init; }

    public required string SecondCommittee { get; init; }

    /// <summary>The liaison's category as the bodies record it: ISO's A, B, C, D or PSO; <c>internal</c> between committees of one body; a joint working group.</summary>
    public string? Category { get; init; }

    /// <summary>Since when, as precisely as known (<c>2017</c>, <c>2019-04</c>); null when not known.</summary>
    public string? Since { get; init; }

    public string? Note { get; init; }

    /// <summary>The pair's identity, the same whichever side it was named from.</summary>
    public string Id => $"{FirstCommittee} ↔ {SecondCommittee}";

    public static CommitteeLiaison Create(string a, string b, string? category = null, string? since = null, string? note = null)
    {
        var (first, second) = Order(CommitteeKeys.Normalize(a), CommitteeKeys.Normalize(b));
        return new CommitteeLiaison { FirstCommittee = first, SecondCommittee = second, Category = category, Since = since, Note = note };
    }

    /// <summary>The pair in stored order.</summary>
    public static (string First, string Second) Order(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>The same liaison in stored order (one built without <see cref="Create"/> keeps the pair's identity).</summary>
    public CommitteeLiaison Ordered()
    {
        var (first, second) = Order(FirstCommittee, SecondCommittee);
        return this with { FirstCommittee = first, SecondCommittee = second };
    }

    public bool Joins(string a, string b) => (FirstCommittee, SecondCommittee) == Order(a, b);
}
