namespace Roadmap.Application.Pipeline;

/// <summary>One pass of the change pipeline: where the store stood when it began, and what each step did.</summary>
public sealed record PipelineReport(long StoreThrough, IReadOnlyList<ProjectionOutcome> Steps, TimeSpan Elapsed)
{
    public bool Changed => Steps.Any(s => s.Changed);

    public ProjectionOutcome? Step(string name) => Steps.FirstOrDefault(s => s.Step == name);
}
