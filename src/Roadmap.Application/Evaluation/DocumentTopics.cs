namespace Roadmap.Application.Evaluation;

/// <summary>What the product says of one document: its leaf topics and the primary one among them.</summary>
public sealed record DocumentTopics(string? Primary, IReadOnlySet<string> Leaves);
