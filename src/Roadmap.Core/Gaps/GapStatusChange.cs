namespace Roadmap.Core.Gaps;

/// <summary>One step of a gap's status history: who or which run moved it, why, and the documents that justified it.</summary>
public sealed record GapStatusChange
{
    public GapStatus? From { get; init; }

    public required GapStatus To { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The analysis run or the editor, e.g. <c>run:20261101-0200</c>, <c>editor:alice</c>.</summary>
    public required string Actor { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<string> EvidenceKeys { get; init; } = [];
}

/// <summary>An editor's note on a gap.</summary>
public sealed record GapNote(string Author, DateTimeOffset At, string Text);
