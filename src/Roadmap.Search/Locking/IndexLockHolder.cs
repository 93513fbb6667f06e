namespace Roadmap.Search.Locking;

/// <summary>Who holds a search index for writing: enough for an error message a person can act on.</summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Role">What the holder is, e.g. <c>service</c> or <c>cli</c>: a service keeps the index for its lifetime.</param>
/// <param name="Command">The holder's command line, shortened.</param>
/// <param name="Since">When the holder took the lock.</param>
public sealed record IndexLockHolder(int ProcessId, string Role, string Command, DateTimeOffset Since)
{
    public const string ServiceRole = "service";

    public bool IsService => Role == ServiceRole;

    public override string ToString() => $"{Role} process {ProcessId} ({Command}), since {Since:yyyy-MM-dd HH:mm:ss} UTC";
}
