using Roadmap.Core.Bodies.Iso;
using Roadmap.Core.Designations;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Core.Bodies.Ieee;

/// <summary>IEEE SA: standards (<c>IEEE 2418.2-2020</c>), drafts and projects (<c>P2418.10</c>), and its ways of writing co-published standards.</summary>
public sealed record IeeeBody : IBodyDescriptor
{
    public static StandardsBody Ieee { get; } = new("IEEE", "IEEE Standards Association", "https://standards.ieee.org");

    // After the bodies above: the instance lists them, so they must be set first.
    public static IeeeBody Instance { get; } = new();

    public IReadOnlyList<StandardsBody> Bodies { get; } = [Ieee];

    public DesignationGrammar Designations { get; } = new(IeeeDesignations.Leads, IeeeDesignations.Parse) { ReadsWhatFails = [IsoBody.Iso.Code] };

    public LifecycleMapping? Lifecycle { get; } = new("ieee-status", OtherStatuses.MapIeee) { Catalogue = FromCatalogue };

    // An IEEE draft is a project: active drafts are in development, inactive ones were abandoned.
    private static DocumentLifecycle? FromCatalogue(StatedLifecycle row)
    {
        if (row.Status is null)
        {
            return null;
        }

        if (row.Type != "draft-standard")
        {
            return OtherStatuses.MapIeee(row.Status);
        }

        return OtherStatuses.IeeeDraft(row.Status);
    }
}
