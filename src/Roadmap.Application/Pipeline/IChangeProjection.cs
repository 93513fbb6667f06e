namespace Roadmap.Application.Pipeline;

/// <summary>
/// One step of the change pipeline: a view derived from the store (the search index, the analysis, the topics the index
/// files documents under, later alerts) with its own persisted position in the store's change sequence.
/// </summary>
public interface IChangeProjection
{
    /// <summary>The step's name, as reports and readiness show it (<c>search-index</c>, <c>analysis</c>, …).</summary>
    string Name { get; }

    /// <summary>The number of the last store change this step has taken in; null when it has taken in none yet.</summary>
    Task<long?> PositionAsync(CancellationToken cancellationToken);

    /// <summary>Takes in what the steps before it hold now; says whether it changed anything.</summary>
    /// <param name="earlier">What the steps before this one did in this pass, in order.</param>
    Task<ProjectionOutcome> CatchUpAsync(IReadOnlyList<ProjectionOutcome> earlier, CancellationToken cancellationToken);
}
