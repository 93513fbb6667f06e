namespace Roadmap.Core.Lifecycle;

/// <summary>A body's status code or word that Roadmap does not know; reported, never guessed.</summary>
public sealed class LifecycleMappingException(string message) : FormatException(message);
