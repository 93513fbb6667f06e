namespace Roadmap.Core.Documents;

/// <summary>How two documents relate. Directed: <c>From Replaces To</c>.</summary>
public enum RelationType
{
    Replaces,
    ReplacedBy,
    /// <summary>Identical text published by two bodies (e.g. an ITU-T Recommendation and an ISO/IEC standard).</summary>
    IdenticalTo,
    /// <summary>A common text developed jointly (ITU-T | ISO/IEC collaboration).</summary>
    CommonText,
    /// <summary>Twin texts: technically aligned but separately published.</summary>
    Twin,
    NormativeReference,
    Amends,
    Corrects,
    Supplements,
    AdoptedFrom,
}
