namespace Roadmap.Core.Graph;

/// <summary>A recorded change to a document, with the field-level diff.</summary>
public sealed record DocumentChange
{
    /// <summary>
    /// The store's change number: grows by one per recorded change, in commit order (SQLite's change row id; Neo4j's
    /// <c>:Change.seq</c>, assigned under the sequence lock). Consumers follow changes by it, never by time: one write
    /// stamps all its changes with the same time, and a reader that lands between two batches of it must not skip the second.
    /// </summary>
    public long Seq { get; init; }

    public required string DocumentKey { get; init; }

    public required ChangeKind Kind { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? RunId { get; init; }

    public required string Actor { get; init; }

    public IReadOnlyList<FieldChange> Fields { get; init; } = [];
}
