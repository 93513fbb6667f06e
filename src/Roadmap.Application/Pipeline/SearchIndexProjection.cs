using Roadmap.Search.Maintenance;

namespace Roadmap.Application.Pipeline;

/// <summary>First step: the search index takes in the store's changes after the last one it holds (a full rebuild when it holds none).</summary>
public sealed class SearchIndexProjection(IIndexFollower index) : IChangeProjection
{
    public const string StepName = "search-index";

    public string Name => StepName;

    public Task<long?> PositionAsync(CancellationToken cancellationToken) => Task.FromResult(index.ChangesThrough);

    public async Task<ProjectionOutcome> CatchUpAsync(IReadOnlyList<ProjectionOutcome> earlier, CancellationToken cancellationToken)
    {
        var report = await index.SyncAsync(cancellationToken);
        var changed = report.Indexed > 0 || report.Deleted > 0;
        return new ProjectionOutcome(Name, changed, report.ChangesThrough, $"{report.Mode}: {report.Indexed} indexed, {report.Deleted} deleted", report.StoreChanged > 0 || report.Deleted > 0);
    }
}
