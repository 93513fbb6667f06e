using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;

namespace Roadmap.Application.Tests.Fakes;

/// <summary>
/// The analysis store's gaps, decisions, classifications and runs in memory, with the store's version rule for edits
/// (a stale expected version changes nothing). Enough for the use cases; overlaps are kept as given.
/// </summary>
internal sealed class InMemoryAnalysisStore : IAnalysisStore
{
    private readonly Dictionary<string, Gap> _gaps = new(StringComparer.Ordinal);
    private readonly List<EditorDecision> _decisions = [];
    private readonly List<TopicAssignment> _classifications = [];
    private readonly List<AnalysisRun> _runs = [];
    private List<Overlap> _overlaps = [];

    public int Writes { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ReplaceClassificationsAsync(IReadOnlyCollection<string>? documentKeys, IReadOnlyList<TopicAssignment> assignments, CancellationToken cancellationToken)
    {
        _classifications.RemoveAll(a => documentKeys is null || documentKeys.Contains(a.DocumentKey));
        _classifications.AddRange(assignments);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TopicAssignment>> GetClassificationsAsync(IReadOnlyCollection<string>? documentKeys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TopicAssignment>>([.. _classifications.Where(a => documentKeys is null || documentKeys.Contains(a.DocumentKey))]);

    public Task SaveDecisionAsync(EditorDecision decision, CancellationToken cancellationToken)
    {
        _decisions.RemoveAll(d => d.DocumentKey == decision.DocumentKey && d.TopicId == decision.TopicId);
        _decisions.Add(decision);
        Writes++;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveDecisionAsync(string documentKey, string topicId, CancellationToken cancellationToken) =>
        Task.FromResult(_decisions.RemoveAll(d => d.DocumentKey == documentKey && d.TopicId == topicId) > 0);

    public Task<IReadOnlyList<EditorDecision>> GetDecisionsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<EditorDecision>>([.. _decisions]);

    public Task SaveGapsAsync(IReadOnlyList<Gap> gaps, CancellationToken cancellationToken)
    {
        foreach (var gap in gaps)
        {
            _gaps[gap.Id] = gap with { Version = 1 };
        }

        Writes++;
        return Task.CompletedTask;
    }

    public Task<Gap?> GetGapAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_gaps.GetValueOrDefault(id));

    public Task<IReadOnlyList<Gap>> ListGapsAsync(GapStatus? status, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Gap>>([.. _gaps.Values.Where(g => status is null || g.Status == status)]);

    public Task<bool> SetGapStatusAsync(string id, GapStatusChange change, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> AddGapNoteAsync(string id, GapNote note, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<GapEditResult> UpdateGapAsync(string id, GapEdit edit, CancellationToken cancellationToken)
    {
        if (!_gaps.TryGetValue(id, out var gap))
        {
            return Task.FromResult(new GapEditResult(GapEditOutcome.NotFound, null));
        }

        if (edit.ExpectedVersion is { } expected && expected != gap.Version)
        {
            return Task.FromResult(new GapEditResult(GapEditOutcome.Conflict, gap));
        }

        var updated = edit.ApplyTo(gap, gap.UpdatedAt ?? DateTimeOffset.UnixEpoch) with { UpdatedAt = gap.UpdatedAt };
        _gaps[id] = updated;
        Writes++;
        return Task.FromResult(new GapEditResult(GapEditOutcome.Updated, updated));
    }

    public Task ReplaceOverlapsAsync(IReadOnlyList<Overlap> overlaps, CancellationToken cancellationToken)
    {
        _overlaps = [.. overlaps];
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Overlap>> ListOverlapsAsync(double minScore, bool includeKnown, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Overlap>>([.. _overlaps.Where(o => o.Score >= minScore && (includeKnown || !o.IsKnown)).OrderByDescending(o => o.Score)]);

    public Task SaveRunAsync(AnalysisRun run, AnalysisSnapshot? snapshot, CancellationToken cancellationToken)
    {
        _runs.Insert(0, run);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<AnalysisRun>>([.. _runs.Take(limit)]);

    public Task<AnalysisRun?> GetLiveRunAsync(CancellationToken cancellationToken) => Task.FromResult(_runs.FirstOrDefault(r => r.AsOf is null));

    public Task<AnalysisSnapshot?> GetSnapshotAsync(string runId, CancellationToken cancellationToken) => Task.FromResult<AnalysisSnapshot?>(null);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
