namespace Roadmap.Application.Gaps;

/// <summary>An editor adds a note to a gap.</summary>
public sealed record AddGapNoteCommand
{
    public required string Id { get; init; }

    public required string Text { get; init; }
}
