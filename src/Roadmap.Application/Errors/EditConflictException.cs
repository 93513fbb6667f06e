namespace Roadmap.Application.Errors;

/// <summary>
/// An edit named the version it read, and someone changed the record meanwhile: the caller reloads and applies the change
/// again. <see cref="CurrentVersion"/> is the version it would have to name now.
/// </summary>
public sealed class EditConflictException(string message, int currentVersion) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
}
