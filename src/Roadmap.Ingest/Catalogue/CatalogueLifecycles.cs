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
        if (BodyRegistry.Find(row.Sdo)?.Lifecycle is not { } mapping)
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
