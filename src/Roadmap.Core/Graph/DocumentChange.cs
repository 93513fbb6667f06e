namespace Roadmap.Core.Graph;

/// <summary>A recorded change to a document, with the field-level diff.</summary>
public sealed record DocumentChange
{
    public required string DocumentKey { get; init; }

    public required ChangeKind Kind { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? RunId { get; init; }

    public required string Actor { get; init; }

    public IReadOnlyList<FieldChange> Fields { get; init; } = [];
}
