namespace Roadmap.Application.Errors;

/// <summary>What a use case was asked to act on does not exist (a gap, a topic, a document); hosts show it as "not found".</summary>
public sealed class NotFoundException(string message) : Exception(message);
