using System.Globalization;
using Roadmap.Core.Analysis;
using Roadmap.Core.Watches;

namespace Roadmap.Application.Watches;

/// <summary>
/// "Overlap found" events from the live analysis run's unknown overlaps, followed by its own cursor
/// (<c>watches:overlaps</c>, the start of the newest live run taken in, in milliseconds). A pair is reported to a watch
/// once: its idempotency key is the pair's, so a later run listing it again adds nothing. A watch hears of the runs
/// that started after it was created; the first such run reports the overlaps then listed on its committees.
/// </summary>
public sealed class WatchOverlapEvents(IAnalysisStore analysis, IWatchStore watches, TimeProvider time)
{
    public const string CursorName = "watches:overlaps";

    public async Task<int> CatchUpAsync(IReadOnlyList<Watch> all, CommitteeLineage lineage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(lineage);
        var run = await analysis.GetLiveRunAsync(cancellationToken);
        var cursor = await watches.GetCursorAsync(CursorName, cancellationToken);
        if (run is null || run.StartedAt.ToUnixTimeMilliseconds() <= cursor)
        {
            return 0;
        }

        var overlapWatches = all.Where(w => w.Rules.OverlapCommittees.Count > 0 && w.CreatedAt <= run.StartedAt).ToList();
        var events = new List<NewWatchEvent>();
        if (overlapWatches.Count > 0)
        {
            var now = time.GetUtcNow();
            foreach (var overlap in await analysis.ListOverlapsAsync(0, includeKnown: false, cancellationToken))
            {
                var candidate = Candidate(overlap, run, lineage);
                foreach (var watch in overlapWatches.Where(w => WatchMatcher.Matches(w, candidate, static (_, _) => false)))
                {
                    events.Add(new NewWatchEvent(candidate.ToEvent(watch, now), DeliveryPlan.For(watch, now)));
                }
            }
        }

        return await watches.AppendEventsAsync(CursorName, events, run.StartedAt.ToUnixTimeMilliseconds(), cancellationToken);
    }

    private static WatchCandidate Candidate(Overlap overlap, AnalysisRun run, CommitteeLineage lineage) => new()
    {
        Kind = WatchEventKind.OverlapFound,
        IdempotencySuffix = $"overlap:{overlap.FirstKey}|{overlap.SecondKey}",
        Title = string.Create(CultureInfo.InvariantCulture, $"overlap {overlap.FirstKey} ↔ {overlap.SecondKey} (score {overlap.Score:0.00})"),
        DocumentKey = overlap.FirstKey,
        CommitteeKey = overlap.FirstCommittee,
        CommitteeLineage = new HashSet<string>(lineage.Of(overlap.FirstCommittee).Concat(lineage.Of(overlap.SecondCommittee)), StringComparer.Ordinal),
        After = overlap.SecondKey,
        Significant = true,
        Actor = "analysis",
        RunId = run.Id,
        OccurredAt = run.StartedAt,
    };
}
