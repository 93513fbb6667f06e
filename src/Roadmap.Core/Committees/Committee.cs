namespace Roadmap.Core.Committees;

/// <summary>
/// A committee, subcommittee, working group, study group or Question, e.g. <c>ISO/TC 307</c> → <c>ISO/TC 307/WG 2</c>,
/// <c>ISO/IEC JTC 1</c> → <c>ISO/IEC JTC 1/SC 27</c>, <c>ITU-T SG17</c> → <c>ITU-T Q14/17</c>.
/// </summary>
public sealed record Committee
{
    /// <summary>The committee's reference as its body writes it; the node's identity.</summary>
    public required string Key { get; init; }

    public required string Body { get; init; }

    public string? Title { get; init; }

    public string? ParentKey { get; init; }

    /// <summary>For ITU-T: the study period the committee belongs to, e.g. <c>2025-2028</c>. Study groups are re-chartered each period.</summary>
    public string? StudyPeriod { get; init; }

    /// <summary>The body's own id, e.g. iso.org's committee number.</summary>
    public string? SourceId { get; init; }
}
