using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies.Itu;

/// <summary>ITU-T: Recommendations (<c>ITU-T X.1400</c>), supplements, implementers' guides and focus-group deliverables.</summary>
public sealed record ItuTBody : IBodyDescriptor
{
    public static StandardsBody ItuT { get; } = new("ITU-T", "ITU Telecommunication Standardization Sector", "https://www.itu.int/ITU-T");

    // After the bodies above: the instance lists them, so they must be set first.
    public static ItuTBody Instance { get; } = new();

    public IReadOnlyList<StandardsBody> Bodies { get; } = [ItuT];

    public DesignationGrammar Designations { get; } = new(ItuDesignations.Leads, ItuDesignations.Parse);

    public LifecycleMapping? Lifecycle { get; } = new(ItuStatuses.Scheme, ItuStatuses.Map) { Catalogue = FromCatalogue };

    // relaton records "In force" as Published; a dated record without a status was approved but its current status is not given.
    private static DocumentLifecycle? FromCatalogue(StatedLifecycle row) => row.Status switch
    {
        null when row.Date is not null => new DocumentLifecycle(LifecycleStage.Published, ItuStatuses.Scheme, ItuStatuses.ApprovedStatusNotGiven),
        null => null,
        _ => ItuStatuses.Map(row.Status),
    };
}
