using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies.Etsi;

/// <summary>ETSI: deliverables such as <c>ETSI GS PDL 012 V1.1.1</c>; its catalogue lists published versions only.</summary>
public sealed record EtsiBody : IBodyDescriptor
{
    public static StandardsBody Etsi { get; } = new("ETSI", "European Telecommunications Standards Institute", "https://www.etsi.org");

    // After the bodies above: the instance lists them, so they must be set first.
    public static EtsiBody Instance { get; } = new();

    public IReadOnlyList<StandardsBody> Bodies { get; } = [Etsi];

    public DesignationGrammar Designations { get; } = new(EtsiDesignations.Leads, EtsiDesignations.Parse);

    // Every listed deliverable is published; its version is the code.
    public LifecycleMapping? Lifecycle { get; } = new("etsi", OtherStatuses.EtsiPublished) { Catalogue = row => OtherStatuses.EtsiPublished(row.Edition) };
}
