using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies.W3c;

/// <summary>W3C: technical reports by short name and date (<c>W3C REC-did-core-20220719</c>) and their maturity levels.</summary>
public sealed record W3cBody : IBodyDescriptor
{
    public static StandardsBody W3c { get; } = new("W3C", "World Wide Web Consortium", "https://www.w3.org");

    // After the bodies above: the instance lists them, so they must be set first.
    public static W3cBody Instance { get; } = new();

    public IReadOnlyList<StandardsBody> Bodies { get; } = [W3c];

    public DesignationGrammar Designations { get; } = new(W3cDesignations.Leads, W3cDesignations.Parse);

    public LifecycleMapping? Lifecycle { get; } = new("w3c-maturity", OtherStatuses.MapW3c);
}
