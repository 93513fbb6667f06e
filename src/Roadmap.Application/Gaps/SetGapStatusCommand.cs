using Roadmap.Core.Gaps;

namespace Roadmap.Application.Gaps;

/// <summary>An editor moves a gap to another status and says why (the note is required).</summary>
public sealed record SetGapStatusCommand
{
    public required string Id { get; init; }

    public required GapStatus Status { get; init; }

    public required string Note { get; init; }

    public int? ExpectedVersion { get; init; }
}
