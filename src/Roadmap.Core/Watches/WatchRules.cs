using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Watches;

/// <summary>
/// What a watch looks for. Every dimension that is set must hold (an empty one holds for all); document rules
/// (bodies … query) apply to document events, <see cref="GapStatusChanges"/> and <see cref="OverlapCommittees"/> to
/// gap and overlap events.
/// </summary>
public sealed record WatchRules
{
    /// <summary>Body codes, e.g. <c>ISO</c>, <c>ITU-T</c>.</summary>
    public IReadOnlyList<string> Bodies { get; init; } = [];

    /// <summary>Committees, each with its subtree (<c>ISO/TC 307</c> includes <c>ISO/TC 307/WG 2</c>).</summary>
    public IReadOnlyList<string> Committees { get; init; } = [];

    public IReadOnlyList<DocumentKind> Kinds { get; init; } = [];

    /// <summary>The common stages a document must enter (a stage change, a withdrawal or a new document at that stage).</summary>
    public IReadOnlyList<LifecycleStage> Transitions { get; init; } = [];

    /// <summary>Topics of the taxonomy, each with its subtopics (the analysis' classification).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>A regular expression over the designation (case-insensitive), e.g. <c>^ISO 2[23]\d{3}</c>.</summary>
    public string? DesignationPattern { get; init; }

    /// <summary>A search query (the search syntax over title and scope) the document must match.</summary>
    public string? Query { get; init; }

    /// <summary>Gaps opened, changed (status) or closed; within <see cref="Topics"/> when set.</summary>
    public bool GapStatusChanges { get; init; }

    /// <summary>New overlaps or liaison suggestions involving one of these committees (subtree included).</summary>
    public IReadOnlyList<string> OverlapCommittees { get; init; } = [];

    /// <summary>True when some document rule is set (otherwise only hand-picked documents give document events).</summary>
    public bool HasDocumentRules =>
        Bodies.Count > 0 || Committees.Count > 0 || Kinds.Count > 0 || Transitions.Count > 0 || Topics.Count > 0
        || !string.IsNullOrWhiteSpace(DesignationPattern) || !string.IsNullOrWhiteSpace(Query);
}
