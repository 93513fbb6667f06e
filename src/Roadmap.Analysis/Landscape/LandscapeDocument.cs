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

    /// <summary>
    /// Why a document not dated on the analysed day is placed where it is ("at stage 30.00 since 2019-03-01", "published
    /// 2020-07, within 12 months"); null when its own dates place it.
    /// </summary>
    public string? Basis { get; init; }

    /// <summary>In development today with no date at all: shown as such on a past date, never counted as work then.</summary>
    public bool DateUnknown { get; init; }

    public string Key => Document.Key;

    public string Body => Document.Body;

    public string? Committee => Document.CommitteeKey;

    public bool InForce => !DateUnknown && Stage is LifecycleStage.Published or LifecycleStage.UnderReview;

    public bool Ongoing => !DateUnknown && Stage is LifecycleStage.Proposed or LifecycleStage.InDevelopment;

    public bool Gone => !DateUnknown && Stage is LifecycleStage.Superseded or LifecycleStage.Withdrawn or LifecycleStage.Deleted;

    public string State => Basis is not null ? $"{Stage} ({Basis})" : Published is { } date ? $"{Stage} {date}" : Stage.ToString();
}
