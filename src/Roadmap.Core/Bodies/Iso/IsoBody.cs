using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies.Iso;

/// <summary>ISO, IEC and their joint committee: one grammar (<c>ISO/IEC 27001:2022</c>, <c>IWA 42</c>) and the harmonized stage codes.</summary>
public sealed record IsoBody : IBodyDescriptor
{
    public static StandardsBody Iso { get; } = new("ISO", "International Organization for Standardization", "https://www.iso.org");

    public static StandardsBody Iec { get; } = new("IEC", "International Electrotechnical Commission", "https://www.iec.ch");

    public static StandardsBody IsoIecJtc1 { get; } = new("ISO/IEC JTC 1", "ISO/IEC Joint Technical Committee 1, Information technology", "https://jtc1info.org");

    // After the bodies above: the instance lists them, so they must be set first.
    public static IsoBody Instance { get; } = new();

    public IReadOnlyList<StandardsBody> Bodies { get; } = [Iso, Iec, IsoIecJtc1];

    public DesignationGrammar Designations { get; } = new(IsoFamilyDesignations.Leads, IsoFamilyDesignations.Parse);

    // ISO's lifecycle comes from the Open Data feed and the crawled pages, never from the neutral catalogue: the
    // catalogue importer has always rejected an ISO line's status, and a line there would be a copy of another feed.
    public LifecycleMapping? Lifecycle { get; } = new(IsoStages.Scheme, IsoStages.Map) { Catalogue = _ => null };
}
