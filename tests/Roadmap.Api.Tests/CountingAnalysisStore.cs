using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Roadmap.Analysis.Classification;
using Roadmap.Core.Analysis;
using Roadmap.Core.Gaps;
using Roadmap.Graph.Embedded;

namespace Roadmap.Api.Tests;

/// <summary>Counts every call into the analysis store, to prove a document's topics and overlaps are loaded in batches.</summary>
internal sealed class CountingAnalysisStore : IAnalysisStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private IAnalysisStore? _inner;

    public IReadOnlyDictionary<string, int> Calls => _calls;

    public int Total => _calls.Values.Sum();

    private IAnalysisStore Inner => _inner ?? throw new InvalidOperationException("not installed");

    /// <summary>Puts this store, over the data folder's SQLite store, in place of the host's.</summary>
    public void Install(IServiceCollection services)
    {
        services.RemoveAll<IAnalysisStore>();
        services.AddSingleton<IAnalysisStore>(sp =>
        {
            _inner = new SqliteAnalysisStore(sp.GetRequiredService<DataDirectory>().GraphDatabasePath);
            return this;
        });

        // The search index reads documents' topics in the background after each run; those reads are not the request's.
        services.RemoveAll<ITopicSource>();
        services.AddSingleton<ITopicSource>(sp => new DecidedTopics(new SqliteAnalysisStore(sp.GetRequiredService<DataDirectory>().GraphDatabasePath)));
    }

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken) => Inner.InitializeAsync(cancellationToken);

    public Task ReplaceClassificationsAsync(IReadOnlyCollection<string>? documentKeys, IReadOnlyList<TopicAssignment> assignments, CancellationToken cancellationToken) =>
        Count(Inner.ReplaceClassificationsAsync(documentKeys, assignments, cancellationToken));

    public Task<IReadOnlyList<TopicAssignment>> GetClassificationsAsync(IReadOnlyCollection<string>? documentKeys, CancellationToken cancellationToken) =>
        Count(Inner.GetClassificationsAsync(documentKeys, cancellationToken));

    public Task SaveDecisionAsync(EditorDecision decision, CancellationToken cancellationToken) => Count(Inner.SaveDecisionAsync(decision, cancellationToken));

    public Task<bool> RemoveDecisionAsync(string documentKey, string topicId, CancellationToken cancellationToken) => Count(Inner.RemoveDecisionAsync(documentKey, topicId, cancellationToken));

    public Task<IReadOnlyList<EditorDecision>> GetDecisionsAsync(CancellationToken cancellationToken) => Count(Inner.GetDecisionsAsync(cancellationToken));

    public Task SaveGapsAsync(IReadOnlyList<Gap> gaps, CancellationToken cancellationToken) => Count(Inner.SaveGapsAsync(gaps, cancellationToken));

    public Task<Gap?> GetGapAsync(string id, CancellationToken cancellationToken) => Count(Inner.GetGapAsync(id, cancellationToken));

    public Task<IReadOnlyList<Gap>> ListGapsAsync(GapStatus? status, CancellationToken cancellationToken) => Count(Inner.ListGapsAsync(status, cancellationToken));

    public Task<bool> SetGapStatusAsync(string id, GapStatusChange change, CancellationToken cancellationToken) => Count(Inner.SetGapStatusAsync(id, change, cancellationToken));

    public Task<bool> AddGapNoteAsync(string id, GapNote note, CancellationToken cancellationToken) => Count(Inner.AddGapNoteAsync(id, note, cancellationToken));

    public Task<GapEditResult> UpdateGapAsync(string id, GapEdit edit, CancellationToken cancellationToken) => Count(Inner.UpdateGapAsync(id, edit, cancellationToken));

    public Task ReplaceOverlapsAsync(IReadOnlyList<Overlap> overlaps, CancellationToken cancellationToken) => Count(Inner.ReplaceOverlapsAsync(overlaps, cancellationToken));

    public Task<IReadOnlyList<Overlap>> ListOverlapsAsync(double minScore, bool includeKnown, CancellationToken cancellationToken) =>
        Count(Inner.ListOverlapsAsync(minScore, includeKnown, cancellationToken));

    public Task SaveRunAsync(AnalysisRun run, AnalysisSnapshot? snapshot, CancellationToken cancellationToken) => Count(Inner.SaveRunAsync(run, snapshot, cancellationToken));

    public Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit, CancellationToken cancellationToken) => Count(Inner.ListRunsAsync(limit, cancellationToken));

    public Task<AnalysisRun?> GetLiveRunAsync(CancellationToken cancellationToken) => Count(Inner.GetLiveRunAsync(cancellationToken));

    public Task<AnalysisSnapshot?> GetSnapshotAsync(string runId, CancellationToken cancellationToken) => Count(Inner.GetSnapshotAsync(runId, cancellationToken));

    public ValueTask DisposeAsync() => Inner.DisposeAsync();

    private T Count<T>(T result, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }
}
