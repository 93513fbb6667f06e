using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Landscape;

/// <summary>
/// The landscape on a date, from edition dates. A document existed on the date when one of its editions is dated on or
/// before it; one whose dated editions are all later did not exist yet, and an undated one cannot be placed and is left
/// out. The edition then current is chosen among those dated on or before the date as today's is among all (see
/// <see cref="DocumentEditions"/>): the most advanced in its life, then the newest. An edition now superseded or withdrawn was
/// still in force then if a later edition replaced it after the date; one withdrawn with no successor counts as
/// withdrawn, because the sources do not date withdrawals.
/// </summary>
public static class AsOf
{
    public static LandscapeDocument? View(Document document, DateOnly? date)
    {
        if (date is null)
        {
            return new LandscapeDocument { Document = document, EditionId = document.Designation, Stage = document.Lifecycle.Stage, Published = document.Published };
        }

        var dated = document.Editions.Where(e => e.Published is not null).ToList();
        // Chosen as today's current edition is, among the editions there were: a standard in force stays current over a
        // later-dated draft that went inactive when it was approved (IEEE 2144.1), and a retirement ends the line.
        var then = DocumentEditions.CurrentOf(dated.Where(e => e.Published!.Value.Earliest <= date.Value));
        if (then is null)
        {
            return null;
        }

        var replacedLater = dated.Any(e => e.Published!.Value.Earliest > date.Value && e.Lifecycle.Stage is not (LifecycleStage.Withdrawn or LifecycleStage.Deleted));
        var stage = then.Lifecycle.Stage switch
        {
            LifecycleStage.Superseded or LifecycleStage.Withdrawn when replacedLater => LifecycleStage.Published,
            LifecycleStage.UnderReview => LifecycleStage.Published,
            var s => s,
        };
        return new LandscapeDocument { Document = document, EditionId = then.Id, Stage = stage, Published = then.Published };
    }
}
