using Roadmap.Core.Documents;

namespace Roadmap.Core.Lifecycle;

/// <summary>
/// One dated step of an edition's history in its body's own words (an ISO stage code with its date, an ITU-T work item
/// registered or consented, an IEEE PAR approved, a W3C maturity step): what tells "work was underway then" from
/// "nobody had started".
/// </summary>
/// <param name="Lifecycle">The step's stage in the common lifecycle and the body's code.</param>
/// <param name="Date">When the edition reached the step.</param>
public sealed record StageStep(DocumentLifecycle Lifecycle, PartialDate Date);
