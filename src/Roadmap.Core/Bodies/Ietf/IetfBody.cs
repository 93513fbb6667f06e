using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies.Ietf;

/// <summary>IETF: RFCs, BCPs, STDs and Internet-Drafts, read as references; no feed Roadmap reads states their status.</summary>
public sealed record IetfBody : IBodyDescriptor
{
    public static StandardsBody Ietf { get; } = new("IETF", "Internet Engineering Task Force", "https://www.ietf.org");

    // After the bodies above: the instance lists them, so they must be set first.
    public static IetfBody Instance { get; } = new();

    public IReadOnlyList<StandardsBody> Bodies { get; } = [Ietf];

    public DesignationGrammar Designations { get; } = new(IetfDesignations.Leads, IetfDesignations.Parse);

    public LifecycleMapping? Lifecycle => null;
}
