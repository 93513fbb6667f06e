namespace Roadmap.Core.Graph;

/// <summary>
/// A graph store that can take documents with the history another store recorded for them, as <c>roadmap migrate</c>
/// needs: copied through <see cref="IGraphStore.UpsertAsync"/>, every document's years of changes would become one
/// "added by migrate" change. Both stores implement it and pass the same conformance tests.
/// </summary>
public interface IHistoryImport
{
    /// <summary>
    /// Merges the batch as <see cref="IGraphStore.UpsertAsync"/> does but records no change of its own; instead appends each
    /// change of <paramref name="history"/> this store has not recorded yet (<see cref="HistoryFingerprint"/>), in the order
    /// given, numbered in this store's change sequence so consumers following it see them. One transaction: stored whole or
    /// not at all; a repeat appends nothing.
    /// </summary>
    Task<HistoryImportReport> ImportAsync(GraphBatch batch, IReadOnlyList<DocumentChange> history, CancellationToken cancellationToken);
}

/// <summary>What an import wrote: the documents as an upsert reports them, and how many recorded changes were appended.</summary>
public sealed record HistoryImportReport(UpsertReport Documents, int ChangesAppended)
{
    public static HistoryImportReport Empty { get; } = new(UpsertReport.Empty, 0);

    public HistoryImportReport Plus(HistoryImportReport other) =>
        new(Documents.Plus(other.Documents), ChangesAppended + other.ChangesAppended);
}

/// <summary>
/// What makes a recorded change the same change in another store: its document, time, kind, actor and run (the sequence
/// number is the store's own).
/// </summary>
public readonly record struct HistoryFingerprint(string DocumentKey, DateTimeOffset At, ChangeKind Kind, string Actor, string? RunId)
{
    public static HistoryFingerprint Of(DocumentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.DocumentKey, change.At, change.Kind, change.Actor, change.RunId);
    }

    /// <summary>The changes of <paramref name="history"/> not among <paramref name="recorded"/>, in their order, each once.</summary>
    public static IReadOnlyList<DocumentChange> Missing(IEnumerable<DocumentChange> recorded, IReadOnlyList<DocumentChange> history)
    {
        var seen = recorded.Select(Of).ToHashSet();
        return [.. history.Where(c => seen.Add(Of(c)))];
    }
}
