namespace Roadmap.Application.Pipeline;

/// <summary>What one step of the change pipeline did in one pass.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="Changed">True when the step changed its view (indexed documents, ran an analysis, re-filed topics).</param>
/// <param name="Position">The number of the last store change the step holds after the pass.</param>
/// <param name="Summary">One line for logs and the CLI, e.g. <c>12 indexed</c> or <c>skipped: no analysis yet</c>.</param>
/// <param name="StoreChanged">True when the step took in changes of the store itself, not only re-filed what another step changed.</param>
public sealed record ProjectionOutcome(string Step, bool Changed, long? Position, string Summary, bool StoreChanged = false)
{
    /// <summary>How long the step took in this pass (set by the pipeline).</summary>
    public TimeSpan Elapsed { get; init; }
}
