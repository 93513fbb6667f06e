using Roadmap.Core.Gaps;

namespace Roadmap.Core.Analysis;

/// <summary>
/// Where analysis results live: rule classifications, editors' decisions (kept apart so they survive re-runs), gaps
/// with their history and notes, overlaps, and the runs with their snapshots. Each write is one transaction.
/// </summary>
public interface IAnalysisStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema (the same database as the graph for the embedded store).</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the rule classifications of the given documents (all of theirs, whatever the topic) with
    /// <paramref name="assignments"/>, in one transaction; <paramref name="documentKeys"/> null replaces every classification.
    /// </summary>
    Task ReplaceClassificationsAsync(IReadOnlyCollection<string>? documentKeys, IReadOnlyList<TopicAssignment> assignments, CancellationToken cancellationToken);

    /// <summary>Rule classifications of the given documents, or of all documents when <paramref name="documentKeys"/> is null.</summary>
    Task<IReadOnlyList<TopicAssignment>> GetClassificationsAsync(IReadOnlyCollection<string>? documentKeys, CancellationToken cancellationToken);

    /// <summary>Records an editor's pin or reject; a later decision on the same document and topic replaces it.</summary>
    Task SaveDecisionAsync(EditorDecision decision, CancellationToken cancellationToken);

    Task<bool> RemoveDecisionAsync(string documentKey, string topicId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EditorDecision>> GetDecisionsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces whole gap records (history and notes included). The store keeps <see cref="Gap.Version"/> and
    /// <see cref="Gap.UpdatedAt"/>: a new gap gets version 1, a changed one the next version, an unchanged one keeps its own;
    /// a record that carries a version other than the stored one was read before a concurrent change and is not written.
    /// </summary>
    Task SaveGapsAsync(IReadOnlyList<Gap> gaps, CancellationToken cancellationToken);

    Task<Gap?> GetGapAsync(string id, CancellationToken cancellationToken);

    /// <summary>Gaps, optionally of one status, by priority (highest first) then id.</summary>
    Task<IReadOnlyList<Gap>> ListGapsAsync(GapStatus? status, CancellationToken cancellationToken);

    /// <summary>Moves a gap to a new status, recording the change; false when the gap does not exist.</summary>
    Task<bool> SetGapStatusAsync(string id, GapStatusChange change, CancellationToken cancellationToken);

    Task<bool> AddGapNoteAsync(string id, GapNote note, CancellationToken cancellationToken);

    /// <summary>
    /// Applies an editor's change (statement, owner, priority, status, note) in one transaction: checks the expected version,
    /// writes the change and moves to the next version; a stale version writes nothing.
    /// </summary>
    Task<GapEditResult> UpdateGapAsync(string id, GapEdit edit, CancellationToken cancellationToken);

    /// <summary>Replaces the whole overlap list.</summary>
    Task ReplaceOverlapsAsync(IReadOnlyList<Overlap> overlaps, CancellationToken cancellationToken);

    /// <summary>Overlaps scoring at least <paramref name="minScore"/>, strongest first.</summary>
    Task<IReadOnlyList<Overlap>> ListOverlapsAsync(double minScore, bool includeKnown, CancellationToken cancellationToken);

    /// <summary>Saves a run and, when given, its snapshot.</summary>
    Task SaveRunAsync(AnalysisRun run, AnalysisSnapshot? snapshot, CancellationToken cancellationToken);

    /// <summary>Runs, newest first.</summary>
    Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The newest live run (one without an "as of" date), however many "as of" runs came after it; null when none.
    /// Readers' "as of" questions must never hide the live landscape.
    /// </summary>
    Task<AnalysisRun?> GetLiveRunAsync(CancellationToken cancellationToken);

    Task<AnalysisSnapshot?> GetSnapshotAsync(string runId, CancellationToken cancellationToken);
}
