namespace Roadmap.Core.Lifecycle;

/// <summary>One lifecycle for every body; each body's own code is kept beside it in <see cref="DocumentLifecycle"/>.</summary>
public enum LifecycleStage
{
    Proposed,
    InDevelopment,
    Published,
    UnderReview,
    Superseded,
    Withdrawn,
    Deleted,
}
