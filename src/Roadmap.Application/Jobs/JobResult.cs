namespace Roadmap.Application.Jobs;

/// <summary>What a finished piece of work reports: one line for people, and the id of what it produced, if anything.</summary>
public sealed record JobResult(string Outcome, string? ResultId = null);
