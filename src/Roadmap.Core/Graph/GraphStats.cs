namespace Roadmap.Core.Graph;

/// <summary>Counts of the graph's content.</summary>
public sealed record GraphStats
{
    public required int Documents { get; init; }

    public required int Editions { get; init; }

    public required int Committees { get; init; }

    public required int Relations { get; init; }

    public required IReadOnlyDictionary<string, int> ByBody { get; init; }

    public required IReadOnlyDictionary<string, int> ByLifecycle { get; init; }

    /// <summary>When the newest recorded change happened; null when nothing was ever written.</summary>
    public DateTimeOffset? LastChangeAt { get; init; }

    /// <summary>The number of the newest recorded change (<see cref="DocumentChange.Seq"/>); 0 when nothing was ever written.</summary>
    public long LastChangeSeq { get; init; }

    /// <summary>The committees with the most documents.</summary>
    public required IReadOnlyDictionary<string, int> ByCommittee { get; init; }

    /// <summary>Per body, the documents in force (published or under review).</summary>
    public required IReadOnlyDictionary<string, int> InForceByBody { get; init; }

    /// <summary>
    /// Per body, the documents in force (published or under review) that have no committee, stated or inferred: work
    /// nobody is credited with, which coverage by committee and liaison suggestions cannot see. Bodies with none are left out.
    /// </summary>
    public required IReadOnlyDictionary<string, int> InForceWithoutCommittee { get; init; }
}
