using Roadmap.Core.Documents;
using Roadmap.Core.Lifecycle;

namespace Roadmap.Analysis.Landscape;

/// <summary>
/// The landscape on a date, from edition dates and stage histories. A document existed on the date when one of its
/// editions is dated on or before it; one whose dated editions are all later did not exist yet, and an undated one cannot be placed and is left
/// out. The edition then current is chosen among those dated on or before the date as today's is among all (see
/// <see cref="DocumentEditions"/>): the most advanced in its life, then the newest. An edition now superseded or withdrawn was
/// still in force then if a later edition replaced it after the date; one withdrawn with no successor counts as
/// withdrawn, because the sources do not date withdrawals.
/// Beyond the dates, <see cref="AsOfRules"/> can place work in development then: an edition whose stage history has a
/// step on or before the date, one published soon after it, and (marked "date unknown") undated work in development.
/// </summary>
public static class AsOf
{
    public static LandscapeDocument? View(Document document, DateOnly? date) => View(document, date, AsOfRules.SourcesOnly);

    public static LandscapeDocument? View(Document document, DateOnly? date, AsOfRules rules)
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
            return Pipeline(document, date.Value, rules);
        }

        var replacedLater = dated.Any(e => e.Published!.Value.Earliest > date.Value && e.Lifecycle.Stage is not (LifecycleStage.Withdrawn or LifecycleStage.Deleted));
        var stage = then.Lifecycle.Stage switch
        {
            // A draft that a later edition followed was the work in development then, whatever its status now.
            _ when replacedLater && OtherStatuses.IsIeeeDraft(then.Lifecycle) => LifecycleStage.InDevelopment,
            LifecycleStage.Superseded or LifecycleStage.Withdrawn when replacedLater => LifecycleStage.Published,
            LifecycleStage.UnderReview => LifecycleStage.Published,
            var s => s,
        };
        return new LandscapeDocument { Document = document, EditionId = then.Id, Stage = stage, Published = then.Published };
    }

    /// <summary>
    /// A document not yet dated on the date: in development then when a stage step says so (a fact), or when it was
    /// published within the rules' window after the date (an inference, said as such); in development today with no date
    /// at all, kept as "date unknown" when the rules ask; otherwise not there yet.
    /// </summary>
    private static LandscapeDocument? Pipeline(Document document, DateOnly date, AsOfRules rules)
    {
        var steps = document.Editions
            .SelectMany(e => e.Stages.Select(s => new PlacedStep(e, s)))
            .OrderBy(x => x.Step.Date)
            .ToList();
        if (steps.LastOrDefault(x => x.Step.Date.Earliest <= date) is { } reached && reached.Step.Lifecycle.IsOngoing)
        {
            return new LandscapeDocument
            {
                Document = document,
                EditionId = reached.Edition.Id,
                Stage = reached.Step.Lifecycle.Stage,
                Basis = $"at stage {reached.Step.Lifecycle.Code} since {reached.Step.Date}",
            };
        }

        var first = document.Editions.Where(e => e.Published is not null).OrderBy(e => e.Published).FirstOrDefault();
        var startedLater = steps.Count > 0 && steps[0].Step.Date.Earliest > date;
        if (first is not null && !startedLater && rules.InDevelopmentWithinMonths > 0
            && first.Published!.Value.Earliest <= date.AddMonths(rules.InDevelopmentWithinMonths))
        {
            return new LandscapeDocument
            {
                Document = document,
                EditionId = first.Id,
                Stage = LifecycleStage.InDevelopment,
                Basis = $"published {first.Published}, within {rules.InDevelopmentWithinMonths} months",
            };
        }

        return first is null && steps.Count == 0 && rules.KeepUndatedOngoing && document.Lifecycle.IsOngoing
            ? new LandscapeDocument { Document = document, EditionId = document.Designation, Stage = document.Lifecycle.Stage, DateUnknown = true, Basis = "in development, date unknown" }
            : null;
    }

    private sealed record PlacedStep(Edition Edition, StageStep Step);
}
