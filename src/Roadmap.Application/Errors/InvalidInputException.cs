namespace Roadmap.Application.Errors;

/// <summary>A caller's input breaks a rule of the use case (an empty note, a priority above 100); the caller can fix it.</summary>
public sealed class InvalidInputException(string message) : ArgumentException(message);
