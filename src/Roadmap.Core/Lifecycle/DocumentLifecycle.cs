namespace Roadmap.Core.Lifecycle;

/// <summary>Where a document stands, in the common lifecycle and in its body's own words.</summary>
/// <param name="Stage">The common stage.</param>
/// <param name="Scheme">Whose code <paramref name="Code"/> is: <c>iso-stage</c>, <c>itu-status</c>, <c>ieee-status</c>, <c>w3c-maturity</c>, <c>etsi</c>.</param>
/// <param name="Code">The body's own code or word, e.g. <c>60.60</c>, <c>In force</c>.</param>
public sealed record DocumentLifecycle(LifecycleStage Stage, string Scheme, string Code)
{
    /// <summary>True while the document is current text (published or under review).</summary>
    public bool IsInForce => Stage is LifecycleStage.Published or LifecycleStage.UnderReview;

    /// <summary>True while work on the document is ongoing and nothing is published yet.</summary>
    public bool IsOngoing => Stage is LifecycleStage.Proposed or LifecycleStage.InDevelopment;
}
