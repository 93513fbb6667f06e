namespace Roadmap.Core.Documents;

/// <summary>What sort of deliverable a document is, across bodies.</summary>
public enum DocumentKind
{
    Standard,
    Recommendation,
    TechnicalSpecification,
    TechnicalReport,
    PubliclyAvailableSpecification,
    Guide,

    /// <summary>An IEEE Recommended Practice: preferred procedures and positions, balloted like a standard.</summary>
    RecommendedPractice,
    Supplement,
    Amendment,
    Corrigendum,
    Note,
    WorkItem,
    Other,
}
