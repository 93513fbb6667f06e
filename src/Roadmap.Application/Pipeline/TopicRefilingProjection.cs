using Roadmap.Search.Maintenance;

namespace Roadmap.Application.Pipeline;

/// <summary>
/// Last step: after the analysis changed documents' topics, the index re-files them, so the topic filter and facet of
/// search show the new classification. Its position is the index's. (An editor's pin or reject is re-filed by the first
/// step's next pass: every index sync compares the index's topics with the analysis store's.)
/// </summary>
public sealed class TopicRefilingProjection(IIndexFollower index) : IChangeProjection
{
    public const string StepName = "topic-refiling";

    public string Name => StepName;

    public Task<long?> PositionAsync(CancellationToken cancellationToken) => Task.FromResult(index.ChangesThrough);

    public async Task<ProjectionOutcome> CatchUpAsync(IReadOnlyList<ProjectionOutcome> earlier, CancellationToken cancellationToken)
    {
        if (!earlier.Any(o => o.Step == AnalysisProjection.StepName && o.Changed))
        {
            return new ProjectionOutcome(Name, false, index.ChangesThrough, "nothing to re-file");
        }

        var report = await index.SyncAsync(cancellationToken);
        return new ProjectionOutcome(Name, report.Indexed > 0, report.ChangesThrough, $"{report.Indexed} re-filed", report.StoreChanged > 0);
    }
}
