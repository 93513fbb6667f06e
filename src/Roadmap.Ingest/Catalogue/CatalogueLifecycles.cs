using Roadmap.Core.Lifecycle;

namespace Roadmap.Ingest.Catalogue;

/// <summary>The lifecycle a catalogue line states, per body; null when the line does not say.</summary>
internal static class CatalogueLifecycles
{
    public static DocumentLifecycle? Of(CatalogueLine row)
    {
        try
        {
            return row.Sdo switch
            {
                "ITU-T" => Itu(row),
                "ETSI" => OtherStatuses.EtsiPublished(row.Edition),
                "IEEE" => Ieee(row),
                "W3C" => row.Status is null ? null : OtherStatuses.MapW3c(row.Status),
                _ => null,
            };
        }
        catch (LifecycleMappingException)
        {
            return null;
        }
    }

    // relaton records "In force" as Published; a dated record without a status was approved but its current status is not given.
    private static DocumentLifecycle? Itu(CatalogueLine row) => row.Status switch
    {
        null when row.Date is not null => new DocumentLifecycle(LifecycleStage.Published, ItuStatuses.Scheme, ItuStatuses.ApprovedStatusNotGiven),
        null => null,
        _ => ItuStatuses.Map(row.Status),
    };

    // An IEEE draft is a project: active drafts are in development, inactive ones were abandoned.
    private static DocumentLifecycle? Ieee(CatalogueLine row)
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
