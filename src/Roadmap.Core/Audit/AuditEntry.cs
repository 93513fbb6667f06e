namespace Roadmap.Core.Audit;

/// <summary>One recorded mutation: who did what to which target, when, and the state before and after (as JSON).</summary>
public sealed record AuditEntry
{
    /// <summary>Assigned by the log when the entry is appended; 0 before.</summary>
    public long Id { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who: an API key's name and id (<c>alice (k_3f2a…)</c>), or <c>cli</c>, <c>scheduler</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>The actor's role when it acted, e.g. <c>admin</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The mutation or operation, e.g. <c>triggerIndexRebuild</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What was changed, e.g. a gap id, a document key, <c>search-index</c>.</summary>
    public required string Target { get; init; }

    /// <summary>The target's state before, as JSON; null when it did not exist.</summary>
    public string? Before { get; init; }

    /// <summary>The target's state after, as JSON; null when it was deleted or the action failed.</summary>
    public string? After { get; init; }

    /// <summary>A free-text note, e.g. an editor's reason or a failure message.</summary>
    public string? Note { get; init; }
}
