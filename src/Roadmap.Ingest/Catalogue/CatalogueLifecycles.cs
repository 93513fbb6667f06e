using Roadmap.Core.Bodies;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Ingest.Catalogue;

/// <summary>
/// The lifecycle a catalogue line states, by its body's own rules (each body's <see cref="LifecycleMapping"/> in its
/// core folder); null when the line does not say or no body by that code maps lifecycles.
/// </summary>
internal static class CatalogueLifecycles
{
    public static DocumentLifecycle? Of(CatalogueLine row)
    {
        // The catalogue writes body codes exactly ("ITU-T"); any other spelling states nothing.
        if (BodyRegistry.Find(row.Sdo) is not { Lifecycle: { } mapping } body || !body.Bodies.Any(b => b.Code == row.Sdo))
        {
            return null;
        }

        try
        {
            return mapping.OfCatalogue(new StatedLifecycle { Status = row.Status, Type = row.Type, Date = row.Date, Edition = row.Edition });
        }
        catch (LifecycleMappingException)
        {
            return null;
        }
    }
}
