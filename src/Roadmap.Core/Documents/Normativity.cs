namespace Roadmap.Core.Documents;

/// <summary>
/// Whether a deliverable is something to conform to (normative) or to learn from (informative), across bodies:
/// ISO IS/TS/PAS, ITU-T Recommendations, ETSI GS/TS/EN/ES, IEEE standards (recommended practices and guides included)
/// and W3C Recommendations are normative; technical reports (TR, GR), supplements and notes are informative. A gap
/// analysis that counted a report as coverage would call a topic covered that nobody can claim conformance to.
/// </summary>
public static class Normativity
{
    public static bool IsNormative(Document document) => document.Kind switch
    {
        DocumentKind.Standard or DocumentKind.Recommendation or DocumentKind.TechnicalSpecification or DocumentKind.PubliclyAvailableSpecification => true,
        // IEEE's guides and recommended practices go through the same balloting as its standards; other bodies' guides are advice.
        DocumentKind.RecommendedPractice => true,
        DocumentKind.Guide => document.Body == "IEEE",
        _ => false,
    };

    public static bool IsInformative(Document document) =>
        document.Kind is DocumentKind.TechnicalReport or DocumentKind.Supplement or DocumentKind.Note
        || (document.Kind is DocumentKind.Guide && document.Body != "IEEE");
}
