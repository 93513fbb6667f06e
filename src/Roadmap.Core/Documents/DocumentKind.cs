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
    Supplement,
    Amendment,
    Corrigendum,
    Note,
    WorkItem,
    Other,
}
