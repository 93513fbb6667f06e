using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Landscape;

/// <summary>A document as it stood on the analysed date: the edition then current, its stage then, and its date.</summary>
public sealed record LandscapeDocument
{
    public required Document Document { get; init; }

    public required string EditionId { get; init; }

    public required LifecycleStage Stage { get; init; }

    public PartialDate? Published { get; init; }

    public string Key => Document.Key;

    public string Body => Document.Body;

    public string? Committee => Document.CommitteeKey;

    public bool InForce => Stage is LifecycleStage.Published or LifecycleStage.UnderReview;

    public bool Ongoing => Stage is LifecycleStage.Proposed or LifecycleStage.InDevelopment;

    public bool Gone => Stage is LifecycleStage.Superseded or LifecycleStage.Withdrawn or LifecycleStage.Deleted;

    public string State => Published is { } date ? $"{Stage} {date}" : Stage.ToString();
}
