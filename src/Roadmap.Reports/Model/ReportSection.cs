namespace Roadmap.Reports.Model;

/// <summary>A section with a heading of level 1–3, its own blocks, then its subsections.</summary>
public sealed record ReportSection
{
    /// <summary>A stable anchor, e.g. <c>part-4-gaps</c>.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>1 for the document's main parts, 2 and 3 below them.</summary>
    public required int Level { get; init; }

    public IReadOnlyList<ReportBlock> Blocks { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    public IEnumerable<ReportSection> SelfAndDescendants() => Sections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}
